daily-mood-awful = Malissimo
daily-mood-bad = Male
daily-mood-meh = Così così
daily-mood-good = Bene
daily-mood-rad = Benissimo
daily-no-mood = nessun umore registrato
daily-mood-mean = { $word } ({ NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) })
