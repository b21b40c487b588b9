# components/ActivitiesPanel.svelte
activities-panel-title = Attività e modelli
activities-panel-hint = Le attività con cui etichetti umori e pagine. Se ne togli una dall’elenco, resta sulle pagine.
activities-panel-activity = Attività
activities-panel-emoji = Emoji
activities-panel-group = Gruppo
activities-panel-save = Salva attività
activities-panel-used = usata { $uses }×
activities-panel-used-unlisted = usata { $uses }× · solo nelle pagine
activities-panel-edit = Modifica
activities-panel-edit-label = Modifica { $name }
activities-panel-remove = Rimuovi
activities-panel-remove-label = Rimuovi { $name } dall’elenco
activities-panel-empty = Ancora nessuna: aggiungine una qui o in Oggi.
activities-panel-templates = I miei modelli di diario
activities-panel-delete = Elimina
activities-panel-delete-label = Elimina il modello { $title }
activities-panel-templates-empty = Ancora nessuno: scrivine uno nel Diario e scegli “Salva come modello”.
