profile-streak = { $days ->
    [one] dag op rij
   *[other] dagen op rij
}
profile-longest = { $days ->
    [one] langste reeks
   *[other] langste reeks
}
profile-points = { $points ->
    [one] punt
   *[other] punten
}
profile-per-week = { NUMBER($entries, minimumFractionDigits: 1, maximumFractionDigits: 1) ->
    [one] notitie per week
   *[other] notities per week
}
profile-badges = Badges
profile-badges-empty = Badges verschijnen naarmate je volhoudt.
profile-badge-streak-3 = 3 dagen op rij
profile-badge-streak-7 = 7 dagen op rij
profile-badge-streak-30 = 30 dagen op rij
profile-badge-streak-100 = 100 dagen op rij
profile-badge-first-journal = Eerste dagboeknotitie
profile-badge-first-gratitude = Eerste dankbaarheid
profile-badge-first-sleep = Eerste slaaplog
profile-badge-first-checkin = Eerste vragenlijst
profile-badge-breathing-10 = 10 ademoefeningen
profile-activity = Activiteit
profile-count = { $kind }: { $count }
profile-kind-journal = dagboek
profile-kind-gratitude = dankbaarheid
profile-kind-sleep = slaap
profile-kind-breathing = ademhaling
profile-kind-checkins = vragenlijsten
profile-kind-chats = chats
profile-kind-messages = berichten
profile-latest = Laatste vragenlijsten
profile-last-score = { $test }: { $total } ({ $severity }) op { $date }
profile-latest-empty = Nog geen.
