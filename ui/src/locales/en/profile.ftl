# The profile overview (screens/Profile.svelte)
# $days: the current streak in days (the number is shown above the words)
profile-streak = { $days ->
    [one] day streak
   *[other] day streak
}
# $days: the longest streak in days (the number is shown above the words)
profile-longest = { $days ->
    [one] longest streak
   *[other] longest streak
}
# $points: the points earned (the number is shown above the words)
profile-points = { $points ->
    [one] points
   *[other] points
}
# $entries: journal entries per week, shown above the words with one decimal
profile-per-week = { NUMBER($entries, minimumFractionDigits: 1, maximumFractionDigits: 1) ->
    [one] entries a week
   *[other] entries a week
}
profile-badges = Badges
profile-badges-empty = Badges appear as you keep going.
profile-badge-streak-3 = Streak 3
profile-badge-streak-7 = Streak 7
profile-badge-streak-30 = Streak 30
profile-badge-streak-100 = Streak 100
profile-badge-first-journal = First journal
profile-badge-first-gratitude = First gratitude
profile-badge-first-sleep = First sleep
profile-badge-first-checkin = First checkin
profile-badge-breathing-10 = Breathing 10
profile-activity = Activity
# $kind: what was counted (one of the profile-kind-… words); $count: how many
profile-count = { $kind }: { $count }
profile-kind-journal = journal
profile-kind-gratitude = gratitude
profile-kind-sleep = sleep
profile-kind-breathing = breathing
profile-kind-checkins = checkins
profile-kind-chats = chats
profile-kind-messages = messages
profile-latest = Latest check-ins
# $test: the questionnaire ("PHQ-9" or "GAD-7"); $total: its score; $severity: the core's word for it (not translated); $date: YYYY-MM-DD
profile-last-score = { $test }: { $total } ({ $severity }) on { $date }
profile-latest-empty = None yet.
