daily-mood-awful = Furchtbar
daily-mood-bad = Schlecht
daily-mood-meh = Geht so
daily-mood-good = Gut
daily-mood-rad = Super
daily-no-mood = keine Stimmung erfasst
daily-mood-mean = { $word } ({ NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) })
