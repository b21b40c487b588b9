chat-default-title = Chat van { $date }
chat-list-label = Chats
chat-new = Nieuwe chat
chat-rename-label = Nieuwe titel
chat-rename = Hernoemen
chat-delete = Verwijderen
chat-delete-confirm = Definitief verwijderen?
chat-title = Metgezel
chat-spark-label = Stemming over de laatste metingen
chat-camera-on = Camera aan
chat-camera-off = Camera uit
chat-disclaimer = Een AI-metgezel, geen therapeut. Ben je in gevaar? Bel dan het lokale alarmnummer.
chat-crisis-note = Bij dit bericht is crisishulp getoond; het is niet naar de AI gestuurd.
chat-delete-message-label = Dit bericht verwijderen
chat-empty = Vertel hoe het met je gaat. Berichten worden eerst op deze computer bewaard en daarna verstuurd.
chat-retry = Opnieuw versturen
chat-input-label = Bericht
chat-input-placeholder = Schrijf een bericht… (Enter verstuurt, Shift+Enter voor een nieuwe regel)
chat-preview = Wat wordt verstuurd?
chat-preview-title = Precies laten zien wat er verstuurd zou worden
chat-stop = Stoppen
chat-send = Versturen
chat-preview-label = Wat er verstuurd zou worden
chat-preview-intro = Dit zou precies zo aankomen bij: { $receiver }. Plaatshouders blijven bij Mentora.
chat-preview-role = { $role ->
    [user] Jij:
   *[other] Metgezel:
}
chat-preview-nothing = Er zou niets worden verstuurd: { $reason }
chat-preview-close = Sluiten
# Shows or hides the affect timeline of this chat
chat-affect = Gevoelens
