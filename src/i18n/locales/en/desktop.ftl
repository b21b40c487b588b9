## The desktop around the window: the tray menu's items (where the desktop shows a tray).
tray-log-mood = Log my mood
tray-open = Open Mentora
tray-lock = Lock
tray-quit = Quit
