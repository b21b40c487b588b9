daily-mood-awful = Fatal
daily-mood-bad = Mal
daily-mood-meh = Regular
daily-mood-good = Bien
daily-mood-rad = Genial
daily-no-mood = sin estado de ánimo registrado
daily-mood-mean = { $word } ({ NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) })
