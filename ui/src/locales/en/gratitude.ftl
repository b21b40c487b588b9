# Gratitude screen (screens/Gratitude.svelte)
gratitude-title = Three good things
# $count: how many were written today (0–3)
gratitude-hint = Up to three things you are grateful for today ({ $count }/3).
gratitude-label = Today I'm grateful for
gratitude-add = Add
gratitude-empty = Nothing yet this month.
