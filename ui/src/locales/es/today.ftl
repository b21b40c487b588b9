today-title = Hoy
today-title-date = Hoy, { $date }
today-streak = Racha: { $days ->
    [one] { $days } día
   *[other] { $days } días
}
today-hint = ¿Qué tal va el día? Basta con un toque; si quieres, añade lo que hiciste.
today-mood-label = Estado de ánimo
today-activities-label = Actividades
today-new-activity = Nueva actividad
today-new-activity-placeholder = + actividad
today-add = Añadir
today-save = Guardar ánimo
today-saved = Guardado: { $mood }.
today-saved-with = Guardado: { $mood } con { $activities }.
today-glance-label = De un vistazo
today-mood = Ánimo
today-entries = { $count ->
    [one] { $count } entrada
   *[other] { $count } entradas
}
today-gratitude = Gratitud
today-gratitude-written = escrito
today-gratitude-not-yet = todavía no
today-sleep = Sueño
today-sleep-hours = { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } h
today-sleep-not-logged = sin registrar
today-sleep-last-night = anoche
today-breathing = Respiración
today-breathing-minutes = { $minutes } min
today-breathing-today = hoy
today-week = Los últimos siete días
today-next-reminder = Próximo recordatorio: { $when }
today-prompt = Tema del día: { $title }
today-prompt-write = Escribir sobre ello
today-so-far = Hoy hasta ahora
# A suggested activity, by its English $id, as a short lower-case tag (what the person picks is kept as written here)
today-suggested-activity = { $id ->
    [family] familia
    [friends] amigos
    [work] trabajo
    [walk] paseo
    [exercise] ejercicio
    [reading] lectura
    [music] música
    [nature] naturaleza
   *[other] { $id }
}
