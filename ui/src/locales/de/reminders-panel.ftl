# components/RemindersPanel.svelte
reminders-panel-title = Erinnerungen
reminders-panel-hint = Eine Desktop-Benachrichtigung zu den Zeiten, die du wählst – außer, du hast heute schon eine Stimmung eingetragen. Die Benachrichtigung sagt nur, dass es Zeit für einen Check-in ist. Aus, bis du sie einschaltest.
reminders-panel-on = Erinnere mich
reminders-panel-time = Uhrzeit
reminders-panel-days = Tage
reminders-panel-remove = Entfernen
reminders-panel-remove-label = Diese Erinnerung entfernen
reminders-panel-add = Zeit hinzufügen
reminders-panel-save = Erinnerungen speichern
reminders-panel-saved-on = Gespeichert: { $count ->
    [one] { $count } Erinnerung
   *[other] { $count } Erinnerungen
} aktiv.
reminders-panel-saved-off = Gespeichert: Erinnerungen sind aus.
reminders-panel-autostart = Mentora beim Anmelden starten (Erinnerungen funktionieren nur, wenn Mentora läuft)
