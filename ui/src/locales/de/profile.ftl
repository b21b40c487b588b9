profile-streak = { $days ->
    [one] Tag in Folge
   *[other] Tage in Folge
}
profile-longest = { $days ->
    [one] längste Serie
   *[other] längste Serie
}
profile-points = { $points ->
    [one] Punkt
   *[other] Punkte
}
profile-per-week = { NUMBER($entries, minimumFractionDigits: 1, maximumFractionDigits: 1) ->
    [one] Eintrag pro Woche
   *[other] Einträge pro Woche
}
profile-badges = Abzeichen
profile-badges-empty = Abzeichen kommen, wenn du dranbleibst.
profile-badge-streak-3 = 3 Tage in Folge
profile-badge-streak-7 = 7 Tage in Folge
profile-badge-streak-30 = 30 Tage in Folge
profile-badge-streak-100 = 100 Tage in Folge
profile-badge-first-journal = Erster Tagebucheintrag
profile-badge-first-gratitude = Erste Dankbarkeit
profile-badge-first-sleep = Erster Schlafeintrag
profile-badge-first-checkin = Erster Fragebogen
profile-badge-breathing-10 = 10 Atemübungen
profile-activity = Aktivität
profile-count = { $kind }: { $count }
profile-kind-journal = Tagebuch
profile-kind-gratitude = Dankbarkeit
profile-kind-sleep = Schlaf
profile-kind-breathing = Atemübungen
profile-kind-checkins = Fragebögen
profile-kind-chats = Chats
profile-kind-messages = Nachrichten
profile-latest = Letzte Fragebögen
profile-last-score = { $test }: { $total } ({ $severity }) am { $date }
profile-latest-empty = Noch keine.
