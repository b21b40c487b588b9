tray-log-mood = Mijn stemming noteren
tray-open = Mentora openen
tray-lock = Vergrendelen
tray-quit = Afsluiten
