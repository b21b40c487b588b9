# components/RemindersPanel.svelte
reminders-panel-title = Promemoria
reminders-panel-hint = Una notifica sul desktop agli orari che scegli, saltata se oggi hai già registrato l’umore. La notifica dice solo che è il momento di fare il punto. Disattivati finché non li attivi.
reminders-panel-on = Attiva i promemoria
reminders-panel-time = Ora
reminders-panel-days = Giorni
reminders-panel-remove = Rimuovi
reminders-panel-remove-label = Rimuovi questo promemoria
reminders-panel-add = Aggiungi un orario
reminders-panel-save = Salva promemoria
reminders-panel-saved-on = Salvato: { $count ->
    [one] { $count } promemoria attivo
   *[other] { $count } promemoria attivi
}.
reminders-panel-saved-off = Salvato: promemoria disattivati.
reminders-panel-autostart = Avvia Mentora all’accesso (i promemoria funzionano solo se Mentora è aperto)
