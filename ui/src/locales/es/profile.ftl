profile-streak = { $days ->
    [one] día seguido
   *[other] días seguidos
}
profile-longest = { $days ->
    [one] mejor racha
   *[other] mejor racha
}
profile-points = { $points ->
    [one] punto
   *[other] puntos
}
profile-per-week = { NUMBER($entries, minimumFractionDigits: 1, maximumFractionDigits: 1) ->
    [one] entrada por semana
   *[other] entradas por semana
}
profile-badges = Insignias
profile-badges-empty = Las insignias aparecen a medida que sigues adelante.
profile-badge-streak-3 = Racha de 3 días
profile-badge-streak-7 = Racha de 7 días
profile-badge-streak-30 = Racha de 30 días
profile-badge-streak-100 = Racha de 100 días
profile-badge-first-journal = Primera entrada del diario
profile-badge-first-gratitude = Primera gratitud
profile-badge-first-sleep = Primer registro de sueño
profile-badge-first-checkin = Primer cuestionario
profile-badge-breathing-10 = 10 ejercicios de respiración
profile-activity = Actividad
profile-count = { $kind }: { $count }
profile-kind-journal = diario
profile-kind-gratitude = gratitud
profile-kind-sleep = sueño
profile-kind-breathing = respiración
profile-kind-checkins = cuestionarios
profile-kind-chats = chats
profile-kind-messages = mensajes
profile-latest = Últimos cuestionarios
profile-last-score = { $test }: { $total } ({ $severity }) el { $date }
profile-latest-empty = Ninguno todavía.
