# De gevoelstijdlijn (components/AffectTimeline.svelte): wat de modellen lezen en wat je zelf zegt
affect-title = Gevoelstijdlijn
affect-intro = Wat de camera en het tekstmodel lazen, en je eigen stemming, op één tijdlijn. Kies een punt om te zien wat je schreef naast wat het model las, en verbeter het.
affect-day = Dag
affect-empty = Nog niets gelezen: schrijf een bericht of een notitie, of zet de camera aan.
affect-lane = { $lane ->
    [face] Camera (model)
    [voice] Stem (model)
    [text] Wat je schreef (model)
   *[mood] Je stemming (jij)
}
affect-point-mood = Je stemming { $mood }/5 om { $time }
affect-point-read = { $kind ->
    [face] Camera
    [voice] Stem
   *[text] Tekst
} om { $time }: gelezen als { $emotion }
affect-point-felt = ; je voelde { $felt }
affect-detail-label = Lezing
affect-you-wrote = Je schreef
affect-you-rated = Je gaf
affect-mood-value = stemming { $mood } van 5
affect-model-read = { $kind ->
    [face] Het gezichtsmodel las
    [voice] Het stemmodel las
   *[text] Het tekstmodel las
}
affect-valence = valentie { $valence }
affect-you-felt = Je zei dat je voelde
affect-undo = Ongedaan maken
affect-how-label = Hoe voelde je je?
affect-cancel = Annuleren
affect-not-how = Zo voelde ik me niet
affect-legend = Elk punt is een lezing: de gissingen van de modellen (camera, tekst) en je eigen stemming. Een gestippelde ring markeert een lezing die je verbeterde. De modellen zitten er vaak naast; jouw woord telt.
# $emotion: the emotion the camera read most, already translated; $count: how many readings
affect-face-lane = Camera (model): vooral { $emotion }, { $count ->
    [one] { $count } lezing
   *[other] { $count } lezingen
}
affect-voice-lane = Stem (model): meestal { $tone }, { $count ->
    [one] { $count } meting
   *[other] { $count } metingen
}
