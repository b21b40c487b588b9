chat-default-title = Chat vom { $date }
chat-list-label = Chats
chat-new = Neuer Chat
chat-rename-label = Neuer Titel
chat-rename = Umbenennen
chat-delete = Löschen
chat-delete-confirm = Endgültig löschen?
chat-title = Begleiter
chat-spark-label = Stimmung in den letzten Messungen
chat-camera-on = Kamera an
chat-camera-off = Kamera aus
chat-disclaimer = Ein KI-Begleiter, kein Ersatz für eine Therapie. Wenn du in Gefahr bist, ruf die Notrufnummer in deiner Nähe an.
chat-crisis-note = Zu dieser Nachricht wurden Krisenhilfen angezeigt; sie wurde nicht an die KI gesendet.
chat-delete-message-label = Diese Nachricht löschen
chat-empty = Erzähl, wie es dir geht. Nachrichten werden zuerst auf diesem Computer gespeichert und dann gesendet.
chat-retry = Erneut senden
chat-input-label = Nachricht
chat-input-placeholder = Schreib eine Nachricht… (Enter sendet, Shift+Enter für eine neue Zeile)
chat-preview = Was wird gesendet?
chat-preview-title = Genau zeigen, was gesendet würde
chat-stop = Stopp
chat-send = Senden
chat-preview-label = Was gesendet würde
chat-preview-intro = Genau das würde ankommen bei: { $receiver }. Platzhalter bleiben bei Mentora.
chat-preview-role = { $role ->
    [user] Du:
   *[other] Begleiter:
}
chat-preview-nothing = Es würde nichts gesendet: { $reason }
chat-preview-close = Schließen
# Shows or hides the affect timeline of this chat
chat-affect = Gefühle
