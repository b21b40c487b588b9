chat-default-title = Chat del { $date }
chat-list-label = Chat
chat-new = Nuova chat
chat-rename-label = Nuovo titolo
chat-rename = Rinomina
chat-delete = Elimina
chat-delete-confirm = Eliminare definitivamente?
chat-title = Confidente
chat-spark-label = Umore negli ultimi rilevamenti
chat-camera-on = Accendi fotocamera
chat-camera-off = Spegni fotocamera
chat-disclaimer = Un confidente basato sull’IA, non un sostituto della terapia. Se sei in pericolo, chiama il numero di emergenza locale.
chat-crisis-note = Per questo messaggio sono state mostrate risorse di aiuto in caso di crisi; non è stato inviato all’IA.
chat-delete-message-label = Elimina questo messaggio
chat-empty = Racconta come stai. I messaggi vengono salvati prima su questo computer, poi inviati.
chat-retry = Riprova l’invio
chat-input-label = Messaggio
chat-input-placeholder = Scrivi un messaggio… (Enter invia, Shift+Enter per andare a capo)
chat-preview = Cosa viene inviato?
chat-preview-title = Mostra esattamente cosa verrebbe inviato
chat-stop = Interrompi
chat-send = Invia
chat-preview-label = Cosa verrebbe inviato
chat-preview-intro = Ecco esattamente cosa riceverebbe: { $receiver }. I segnaposto restano in Mentora.
chat-preview-role = { $role ->
    [user] Tu:
   *[other] Confidente:
}
chat-preview-nothing = Non verrebbe inviato nulla: { $reason }
chat-preview-close = Chiudi
# Shows or hides the affect timeline of this chat
chat-affect = Emozioni
