today-title = Heute
today-title-date = Heute, { $date }
today-streak = Serie: { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}
today-hint = Wie läuft dein Tag? Ein Tipp genügt; wenn du magst, ergänze, was du gemacht hast.
today-mood-label = Stimmung
today-activities-label = Aktivitäten
today-new-activity = Neue Aktivität
today-new-activity-placeholder = + Aktivität
today-add = Hinzufügen
today-save = Stimmung speichern
today-saved = Gespeichert: { $mood }.
today-saved-with = Gespeichert: { $mood } mit { $activities }.
today-glance-label = Auf einen Blick
today-mood = Stimmung
today-entries = { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
}
today-gratitude = Dankbarkeit
today-gratitude-written = notiert
today-gratitude-not-yet = noch nicht
today-sleep = Schlaf
today-sleep-hours = { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } Std.
today-sleep-not-logged = nicht erfasst
today-sleep-last-night = letzte Nacht
today-breathing = Atmen
today-breathing-minutes = { $minutes } Min.
today-breathing-today = heute
today-week = Die letzten sieben Tage
today-next-reminder = Nächste Erinnerung: { $when }
today-prompt = Impuls des Tages: { $title }
today-prompt-write = Darüber schreiben
today-so-far = Bisher heute
# A suggested activity, by its English $id, as a short lower-case tag (what the person picks is kept as written here)
today-suggested-activity = { $id ->
    [family] familie
    [friends] freunde
    [work] arbeit
    [walk] spaziergang
    [exercise] sport
    [reading] lesen
    [music] musik
    [nature] natur
   *[other] { $id }
}
