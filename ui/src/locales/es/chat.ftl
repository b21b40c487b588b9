chat-default-title = Chat del { $date }
chat-list-label = Chats
chat-new = Nuevo chat
chat-rename-label = Nuevo título
chat-rename = Renombrar
chat-delete = Eliminar
chat-delete-confirm = ¿Eliminar para siempre?
chat-title = Acompañante
chat-spark-label = Ánimo en las últimas mediciones
chat-camera-on = Encender cámara
chat-camera-off = Apagar cámara
chat-disclaimer = Un acompañante de IA, no un terapeuta. Si estás en peligro, llama al número de emergencias de tu zona.
chat-crisis-note = Para este mensaje se mostraron recursos de ayuda en crisis; no se envió a la IA.
chat-delete-message-label = Eliminar este mensaje
chat-empty = Cuenta cómo estás. Los mensajes se guardan primero en este ordenador y después se envían.
chat-retry = Reintentar envío
chat-input-label = Mensaje
chat-input-placeholder = Escribe un mensaje… (Enter envía, Shift+Enter para una línea nueva)
chat-preview = ¿Qué se envía?
chat-preview-title = Mostrar exactamente lo que se enviaría
chat-stop = Detener
chat-send = Enviar
chat-preview-label = Lo que se enviaría
chat-preview-intro = Esto es exactamente lo que recibiría: { $receiver }. Los marcadores de sustitución se quedan en Mentora.
chat-preview-role = { $role ->
    [user] Tú:
   *[other] Acompañante:
}
chat-preview-nothing = No se enviaría nada: { $reason }
chat-preview-close = Cerrar
# Shows or hides the affect timeline of this chat
chat-affect = Emociones
