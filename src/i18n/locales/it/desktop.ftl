tray-log-mood = Registra il mio umore
tray-open = Apri Mentora
tray-lock = Blocca
tray-quit = Esci
