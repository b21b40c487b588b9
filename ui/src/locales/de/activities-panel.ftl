# components/ActivitiesPanel.svelte
activities-panel-title = Aktivitäten und Vorlagen
activities-panel-hint = Die Aktivitäten, mit denen du Stimmungen und Einträge markierst. Was du von der Liste nimmst, bleibt an den Einträgen erhalten.
activities-panel-activity = Aktivität
activities-panel-emoji = Emoji
activities-panel-group = Gruppe
activities-panel-save = Aktivität speichern
activities-panel-used = { $uses }× genutzt
activities-panel-used-unlisted = { $uses }× genutzt · nur in Einträgen
activities-panel-edit = Bearbeiten
activities-panel-edit-label = { $name } bearbeiten
activities-panel-remove = Entfernen
activities-panel-remove-label = { $name } von der Liste nehmen
activities-panel-empty = Noch keine: Füge hier oder unter „Heute“ eine hinzu.
activities-panel-templates = Meine Tagebuch-Vorlagen
activities-panel-delete = Löschen
activities-panel-delete-label = Vorlage { $title } löschen
activities-panel-templates-empty = Noch keine: Schreib eine im Tagebuch und wähle „Als Vorlage speichern“.
