tray-log-mood = Noter mon humeur
tray-open = Ouvrir Mentora
tray-lock = Verrouiller
tray-quit = Quitter
