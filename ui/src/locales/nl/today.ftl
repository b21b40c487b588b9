today-title = Vandaag
today-title-date = Vandaag, { $date }
today-streak = Reeks: { $days ->
    [one] { $days } dag
   *[other] { $days } dagen
}
today-hint = Hoe gaat het vandaag? Eén tik is genoeg; voeg toe wat je gedaan hebt als je wilt.
today-mood-label = Stemming
today-activities-label = Activiteiten
today-new-activity = Nieuwe activiteit
today-new-activity-placeholder = + activiteit
today-add = Toevoegen
today-save = Stemming opslaan
today-saved = Opgeslagen: { $mood }.
today-saved-with = Opgeslagen: { $mood } met { $activities }.
today-glance-label = In één oogopslag
today-mood = Stemming
today-entries = { $count ->
    [one] { $count } notitie
   *[other] { $count } notities
}
today-gratitude = Dankbaarheid
today-gratitude-written = geschreven
today-gratitude-not-yet = nog niet
today-sleep = Slaap
today-sleep-hours = { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } u
today-sleep-not-logged = niet ingevuld
today-sleep-last-night = afgelopen nacht
today-breathing = Ademhaling
today-breathing-minutes = { $minutes } min
today-breathing-today = vandaag
today-week = De afgelopen zeven dagen
today-next-reminder = Volgende herinnering: { $when }
today-prompt = Schrijfvraag van vandaag: { $title }
today-prompt-write = Schrijf erover
today-so-far = Tot nu toe vandaag
# A suggested activity, by its English $id, as a short lower-case tag (what the person picks is kept as written here)
today-suggested-activity = { $id ->
    [family] familie
    [friends] vrienden
    [work] werk
    [walk] wandelen
    [exercise] sporten
    [reading] lezen
    [music] muziek
    [nature] natuur
   *[other] { $id }
}
