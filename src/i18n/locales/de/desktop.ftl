tray-log-mood = Stimmung eintragen
tray-open = Mentora öffnen
tray-lock = Sperren
tray-quit = Beenden
