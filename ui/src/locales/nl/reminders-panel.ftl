# components/RemindersPanel.svelte
reminders-panel-title = Herinneringen
reminders-panel-hint = Een bureaubladmelding op de tijden die je kiest, overgeslagen als je vandaag al een stemming hebt vastgelegd. De melding zegt alleen dat het tijd is om even in te checken. Uit tot je ze aanzet.
reminders-panel-on = Herinner me
reminders-panel-time = Tijd
reminders-panel-days = Dagen
reminders-panel-remove = Verwijderen
reminders-panel-remove-label = Deze herinnering verwijderen
reminders-panel-add = Tijd toevoegen
reminders-panel-save = Herinneringen opslaan
reminders-panel-saved-on = Opgeslagen: { $count ->
    [one] { $count } herinnering
   *[other] { $count } herinneringen
} aan.
reminders-panel-saved-off = Opgeslagen: herinneringen staan uit.
reminders-panel-autostart = Mentora starten als ik inlog (herinneringen werken alleen als Mentora draait)
