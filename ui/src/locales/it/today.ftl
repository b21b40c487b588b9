today-title = Oggi
today-title-date = Oggi, { $date }
today-streak = Serie: { $days ->
    [one] { $days } giorno
   *[other] { $days } giorni
}
today-hint = Come va oggi? Basta un tocco; se vuoi, aggiungi cosa hai fatto.
today-mood-label = Umore
today-activities-label = Attività
today-new-activity = Nuova attività
today-new-activity-placeholder = + attività
today-add = Aggiungi
today-save = Salva l’umore
today-saved = Salvato: { $mood }.
today-saved-with = Salvato: { $mood } con { $activities }.
today-glance-label = A colpo d’occhio
today-mood = Umore
today-entries = { $count ->
    [one] { $count } voce
   *[other] { $count } voci
}
today-gratitude = Gratitudine
today-gratitude-written = scritto
today-gratitude-not-yet = non ancora
today-sleep = Sonno
today-sleep-hours = { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } h
today-sleep-not-logged = non registrato
today-sleep-last-night = la notte scorsa
today-breathing = Respirazione
today-breathing-minutes = { $minutes } min
today-breathing-today = oggi
today-week = Gli ultimi sette giorni
today-next-reminder = Prossimo promemoria: { $when }
today-prompt = Spunto del giorno: { $title }
today-prompt-write = Scrivine
today-so-far = Finora oggi
# A suggested activity, by its English $id, as a short lower-case tag (what the person picks is kept as written here)
today-suggested-activity = { $id ->
    [family] famiglia
    [friends] amici
    [work] lavoro
    [walk] passeggiata
    [exercise] esercizio
    [reading] lettura
    [music] musica
    [nature] natura
   *[other] { $id }
}
