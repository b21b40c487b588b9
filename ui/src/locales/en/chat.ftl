# Chat screen (screens/Chat.svelte)
# $date: today's date in the local format; a new chat's title (saved with the chat, renamable)
chat-default-title = Chat { $date }
chat-list-label = Chats
chat-new = New chat
chat-rename-label = New title
chat-rename = Rename
chat-delete = Delete
chat-delete-confirm = Delete for good?
chat-title = Companion
chat-spark-label = Mood over the last samples
chat-camera-on = Camera on
chat-camera-off = Camera off
chat-disclaimer = An AI companion, not a therapist. If you are in danger, call your local emergency number.
chat-crisis-note = Crisis resources were shown for this message; it was not sent to the AI.
chat-delete-message-label = Delete this message
chat-empty = Say how you are doing. Messages are saved on this computer first, then sent.
chat-retry = Retry sending
chat-input-label = Message
chat-input-placeholder = Write a message… (Enter sends, Shift+Enter for a new line)
chat-preview = What is sent?
chat-preview-title = Show exactly what would be sent
chat-stop = Stop
chat-send = Send
chat-preview-label = What would be sent
# $receiver: who would receive it, in the core's words (English), e.g. "Gemini (Google's servers)", "the model on this device"
chat-preview-intro = This is exactly what { $receiver } would receive. Placeholders stay with Mentora.
# $role: "user" for the person's own turns; anything else is the companion's. The colon is part of the label.
chat-preview-role = { $role ->
    [user] You:
   *[other] Companion:
}
# $reason: why nothing would be sent, in the core's words (English)
chat-preview-nothing = Nothing would be sent: { $reason }
chat-preview-close = Close
# Shows or hides the affect timeline of this chat
chat-affect = Feelings
