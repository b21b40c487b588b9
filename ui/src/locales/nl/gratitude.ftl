gratitude-title = Drie goede dingen
gratitude-hint = Tot drie dingen waar je vandaag dankbaar voor bent ({ $count }/3).
gratitude-label = Vandaag ben ik dankbaar voor
gratitude-add = Toevoegen
gratitude-empty = Deze maand nog niets.
