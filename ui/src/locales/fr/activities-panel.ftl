# components/ActivitiesPanel.svelte
activities-panel-title = Activités et modèles
activities-panel-hint = Les activités avec lesquelles vous étiquetez humeurs et entrées. Retirer une activité de la liste la conserve sur les entrées.
activities-panel-activity = Activité
activities-panel-emoji = Emoji
activities-panel-group = Groupe
activities-panel-save = Enregistrer
activities-panel-used = utilisée { $uses }×
activities-panel-used-unlisted = utilisée { $uses }× · seulement sur des entrées
activities-panel-edit = Modifier
activities-panel-edit-label = Modifier { $name }
activities-panel-remove = Retirer
activities-panel-remove-label = Retirer { $name } de la liste
activities-panel-empty = Aucune pour l’instant : ajoutez-en une ici ou dans Aujourd’hui.
activities-panel-templates = Mes modèles de journal
activities-panel-delete = Supprimer
activities-panel-delete-label = Supprimer le modèle { $title }
activities-panel-templates-empty = Aucun pour l’instant : écrivez-en un dans le Journal et choisissez « Enregistrer comme modèle ».
