daily-mood-awful = Horrible
daily-mood-bad = Mal
daily-mood-meh = Bof
daily-mood-good = Bien
daily-mood-rad = Super
daily-no-mood = aucune humeur notée
daily-mood-mean = { $word } ({ NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) })
