# screens/Calendar.svelte
calendar-title = Calendario
calendar-previous = Precedente
calendar-next = Successivo
calendar-month = Mese
calendar-year-in-pixels = Anno in pixel
calendar-colour-hint = Colore: l’umore medio del giorno, da { $low } (arancione) a { $high } (blu); grigio se non è stato registrato nulla.
calendar-grateful-for = Gratitudine:
calendar-sleep = Sonno:
calendar-sleep-night = { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } h (qualità { $quality }/10)
calendar-breathing = Respirazione:
calendar-breathing-minutes = { $minutes } min
calendar-chats = Chat:
calendar-nothing-logged = In questo giorno non è stato registrato nulla.
