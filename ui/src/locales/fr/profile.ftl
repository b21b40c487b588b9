profile-streak = { $days ->
    [one] jour d’affilée
   *[other] jours d’affilée
}
profile-longest = { $days ->
    [one] meilleure série
   *[other] meilleure série
}
profile-points = { $points ->
    [one] point
   *[other] points
}
profile-per-week = { NUMBER($entries, minimumFractionDigits: 1, maximumFractionDigits: 1) ->
    [one] entrée par semaine
   *[other] entrées par semaine
}
profile-badges = Badges
profile-badges-empty = Les badges arrivent au fil de votre progression.
profile-badge-streak-3 = 3 jours d’affilée
profile-badge-streak-7 = 7 jours d’affilée
profile-badge-streak-30 = 30 jours d’affilée
profile-badge-streak-100 = 100 jours d’affilée
profile-badge-first-journal = Première entrée de journal
profile-badge-first-gratitude = Première gratitude
profile-badge-first-sleep = Première nuit notée
profile-badge-first-checkin = Premier questionnaire
profile-badge-breathing-10 = 10 exercices de respiration
profile-activity = Activité
profile-count = { $kind } : { $count }
profile-kind-journal = journal
profile-kind-gratitude = gratitude
profile-kind-sleep = sommeil
profile-kind-breathing = respiration
profile-kind-checkins = questionnaires
profile-kind-chats = discussions
profile-kind-messages = messages
profile-latest = Derniers questionnaires
profile-last-score = { $test } : { $total } ({ $severity }) le { $date }
profile-latest-empty = Aucun pour l’instant.
