profile-streak = { $days ->
    [one] giorno di fila
   *[other] giorni di fila
}
profile-longest = { $days ->
    [one] serie più lunga
   *[other] serie più lunga
}
profile-points = { $points ->
    [one] punto
   *[other] punti
}
profile-per-week = { NUMBER($entries, minimumFractionDigits: 1, maximumFractionDigits: 1) ->
    [one] voce a settimana
   *[other] voci a settimana
}
profile-badges = Badge
profile-badges-empty = I badge arrivano man mano che vai avanti.
profile-badge-streak-3 = 3 giorni di fila
profile-badge-streak-7 = 7 giorni di fila
profile-badge-streak-30 = 30 giorni di fila
profile-badge-streak-100 = 100 giorni di fila
profile-badge-first-journal = Prima voce del diario
profile-badge-first-gratitude = Prima gratitudine
profile-badge-first-sleep = Primo sonno registrato
profile-badge-first-checkin = Primo questionario
profile-badge-breathing-10 = 10 esercizi di respirazione
profile-activity = Attività
profile-count = { $kind }: { $count }
profile-kind-journal = diario
profile-kind-gratitude = gratitudine
profile-kind-sleep = sonno
profile-kind-breathing = respirazione
profile-kind-checkins = questionari
profile-kind-chats = chat
profile-kind-messages = messaggi
profile-latest = Ultimi questionari
profile-last-score = { $test }: { $total } ({ $severity }) il { $date }
profile-latest-empty = Ancora nessuno.
