# screens/Calendar.svelte
calendar-title = Kalender
calendar-previous = Vorige
calendar-next = Volgende
calendar-month = Maand
calendar-year-in-pixels = Jaar in pixels
calendar-colour-hint = Kleur: de gemiddelde stemming van de dag, van { $low } (oranje) tot { $high } (blauw); grijs als er niets is vastgelegd.
calendar-grateful-for = Dankbaar voor:
calendar-sleep = Slaap:
calendar-sleep-night = { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } u (kwaliteit { $quality }/10)
calendar-breathing = Ademhaling:
calendar-breathing-minutes = { $minutes } min
calendar-chats = Chats:
calendar-nothing-logged = Op deze dag is niets vastgelegd.
