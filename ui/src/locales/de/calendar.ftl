# screens/Calendar.svelte
calendar-title = Kalender
calendar-previous = Zurück
calendar-next = Weiter
calendar-month = Monat
calendar-year-in-pixels = Jahr in Pixeln
calendar-colour-hint = Farbe: die durchschnittliche Stimmung des Tages, von { $low } (orange) bis { $high } (blau); grau, wenn nichts eingetragen wurde.
calendar-grateful-for = Dankbar für:
calendar-sleep = Schlaf:
calendar-sleep-night = { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } Std. (Qualität { $quality }/10)
calendar-breathing = Atemübungen:
calendar-breathing-minutes = { $minutes } Min.
calendar-chats = Chats:
calendar-nothing-logged = An diesem Tag wurde nichts eingetragen.
