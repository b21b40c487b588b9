# screens/Calendar.svelte
calendar-title = Calendario
calendar-previous = Anterior
calendar-next = Siguiente
calendar-month = Mes
calendar-year-in-pixels = Año en píxeles
calendar-colour-hint = Color: el ánimo medio del día, de { $low } (naranja) a { $high } (azul); gris si no se registró nada.
calendar-grateful-for = Gratitud:
calendar-sleep = Sueño:
calendar-sleep-night = { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } h (calidad { $quality }/10)
calendar-breathing = Respiración:
calendar-breathing-minutes = { $minutes } min
calendar-chats = Chats:
calendar-nothing-logged = No se registró nada este día.
