# The Today screen (screens/Today.svelte)
today-title = Today
# $date: today, YYYY-MM-DD
today-title-date = Today, { $date }
# $days: the current streak in days
today-streak = Streak: { $days ->
    [one] { $days } day
   *[other] { $days } days
}
today-hint = How is today going? One tap is enough; add what you did if you like.
today-mood-label = Mood
today-activities-label = Activities
today-new-activity = New activity
today-new-activity-placeholder = + activity
today-add = Add
today-save = Save mood
# $mood: the mood's word (daily-mood-…)
today-saved = Saved: { $mood }.
# $mood: the mood's word (daily-mood-…); $activities: the activities picked, comma-separated (the person's own words)
today-saved-with = Saved: { $mood } with { $activities }.
today-glance-label = At a glance
today-mood = Mood
# $count: journal entries and quick moods today
today-entries = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
today-gratitude = Gratitude
today-gratitude-written = written
today-gratitude-not-yet = not yet
today-sleep = Sleep
# $hours: hours slept last night, shown with one decimal
today-sleep-hours = { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } h
today-sleep-not-logged = not logged
today-sleep-last-night = last night
today-breathing = Breathing
# $minutes: minutes of breathing exercises today
today-breathing-minutes = { $minutes } min
today-breathing-today = today
today-week = The last seven days
# $when: the next reminder, YYYY-MM-DD HH:MM
today-next-reminder = Next reminder: { $when }
# $title: the title of today's writing prompt (not translated)
today-prompt = Today's prompt: { $title }
today-prompt-write = Write about it
today-so-far = So far today
# A suggested activity, by its English $id, as a short lower-case tag (what the person picks is kept as written here)
today-suggested-activity = { $id ->
    [family] family
    [friends] friends
    [work] work
    [walk] walk
    [exercise] exercise
    [reading] reading
    [music] music
    [nature] nature
   *[other] { $id }
}
