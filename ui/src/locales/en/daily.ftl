# Mood words for the daily loop (lib/daily.ts): the five moods, worst to best
daily-mood-awful = Awful
daily-mood-bad = Bad
daily-mood-meh = Meh
daily-mood-good = Good
daily-mood-rad = Rad
daily-no-mood = no mood logged
# $word: the mood's word (daily-mood-…); $mean: the day's mean mood 1–5, shown with one decimal
daily-mood-mean = { $word } ({ NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) })
