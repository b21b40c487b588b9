# components/ActivitiesPanel.svelte
activities-panel-title = Activiteiten en sjablonen
activities-panel-hint = De activiteiten waarmee je stemmingen en notities labelt. Haal je er een van de lijst, dan blijft die op de notities staan.
activities-panel-activity = Activiteit
activities-panel-emoji = Emoji
activities-panel-group = Groep
activities-panel-save = Activiteit opslaan
activities-panel-used = { $uses }× gebruikt
activities-panel-used-unlisted = { $uses }× gebruikt · alleen op notities
activities-panel-edit = Bewerken
activities-panel-edit-label = { $name } bewerken
activities-panel-remove = Verwijderen
activities-panel-remove-label = { $name } van de lijst halen
activities-panel-empty = Nog geen: voeg er hier of bij Vandaag een toe.
activities-panel-templates = Mijn dagboeksjablonen
activities-panel-delete = Verwijderen
activities-panel-delete-label = Sjabloon { $title } verwijderen
activities-panel-templates-empty = Nog geen: schrijf er een in het Dagboek en kies ‘Opslaan als sjabloon’.
