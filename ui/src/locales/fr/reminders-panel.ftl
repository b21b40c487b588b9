# components/RemindersPanel.svelte
reminders-panel-title = Rappels
reminders-panel-hint = Une notification sur le bureau aux heures choisies, sauf si une humeur est déjà notée aujourd’hui. La notification dit seulement qu’il est temps de faire le point. Désactivés tant que vous ne les activez pas.
reminders-panel-on = Activer les rappels
reminders-panel-time = Heure
reminders-panel-days = Jours
reminders-panel-remove = Retirer
reminders-panel-remove-label = Retirer ce rappel
reminders-panel-add = Ajouter une heure
reminders-panel-save = Enregistrer les rappels
reminders-panel-saved-on = Enregistré : { $count ->
    [one] { $count } rappel actif
   *[other] { $count } rappels actifs
}.
reminders-panel-saved-off = Enregistré : rappels désactivés.
reminders-panel-autostart = Lancer Mentora à l’ouverture de session (les rappels ne fonctionnent que si Mentora est ouvert)
