tray-log-mood = Registrar mi ánimo
tray-open = Abrir Mentora
tray-lock = Bloquear
tray-quit = Salir
