gratitude-title = Trois bonnes choses
gratitude-hint = Jusqu’à trois choses qui vous rendent reconnaissant aujourd’hui ({ $count }/3).
gratitude-label = Aujourd’hui, je suis reconnaissant pour
gratitude-add = Ajouter
gratitude-empty = Rien encore ce mois-ci.
