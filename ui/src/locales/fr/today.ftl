today-title = Aujourd’hui
today-title-date = Aujourd’hui, { $date }
today-streak = Série : { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
today-hint = Comment se passe votre journée ? Un clic suffit ; ajoutez ce que vous avez fait si vous le souhaitez.
today-mood-label = Humeur
today-activities-label = Activités
today-new-activity = Nouvelle activité
today-new-activity-placeholder = + activité
today-add = Ajouter
today-save = Enregistrer l’humeur
today-saved = Enregistré : { $mood }.
today-saved-with = Enregistré : { $mood } avec { $activities }.
today-glance-label = En un coup d’œil
today-mood = Humeur
today-entries = { $count ->
    [one] { $count } entrée
   *[other] { $count } entrées
}
today-gratitude = Gratitude
today-gratitude-written = écrit
today-gratitude-not-yet = pas encore
today-sleep = Sommeil
today-sleep-hours = { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } h
today-sleep-not-logged = non noté
today-sleep-last-night = la nuit dernière
today-breathing = Respiration
today-breathing-minutes = { $minutes } min
today-breathing-today = aujourd’hui
today-week = Les sept derniers jours
today-next-reminder = Prochain rappel : { $when }
today-prompt = Sujet du jour : { $title }
today-prompt-write = Écrire à ce sujet
today-so-far = Jusqu’ici aujourd’hui
# A suggested activity, by its English $id, as a short lower-case tag (what the person picks is kept as written here)
today-suggested-activity = { $id ->
    [family] famille
    [friends] amis
    [work] travail
    [walk] marche
    [exercise] sport
    [reading] lecture
    [music] musique
    [nature] nature
   *[other] { $id }
}
