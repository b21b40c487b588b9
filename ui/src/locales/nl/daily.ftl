daily-mood-awful = Vreselijk
daily-mood-bad = Slecht
daily-mood-meh = Gaat wel
daily-mood-good = Goed
daily-mood-rad = Top
daily-no-mood = geen stemming ingevuld
daily-mood-mean = { $word } ({ NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) })
