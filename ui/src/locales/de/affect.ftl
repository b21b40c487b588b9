# Der Gefühlsverlauf (components/AffectTimeline.svelte): was die Modelle lesen und was du selbst sagst
affect-title = Gefühlsverlauf
affect-intro = Was die Kamera und das Textmodell lesen und deine eigene Stimmung, auf einer Zeitachse. Wähle einen Punkt, um zu sehen, was du geschrieben hast und was das Modell gelesen hat, und korrigiere es.
affect-day = Tag
affect-empty = Noch nichts gelesen: Schreib eine Nachricht oder einen Eintrag oder schalte die Kamera ein.
affect-lane = { $lane ->
    [face] Kamera (Modell)
    [voice] Stimme (Modell)
    [text] Was du geschrieben hast (Modell)
   *[mood] Deine Stimmung (du)
}
affect-point-mood = Deine Stimmung { $mood }/5 um { $time }
affect-point-read = { $kind ->
    [face] Kamera
    [voice] Stimme
   *[text] Text
} um { $time }: gelesen als { $emotion }
affect-point-felt = ; du hast { $felt } gefühlt
affect-detail-label = Lesung
affect-you-wrote = Du hast geschrieben
affect-you-rated = Du hast bewertet
affect-mood-value = Stimmung { $mood } von 5
affect-model-read = { $kind ->
    [face] Das Gesichtsmodell las
    [voice] Das Stimmmodell las
   *[text] Das Textmodell las
}
affect-valence = Valenz { $valence }
affect-you-felt = Du hast gesagt, du fühltest
affect-undo = Rückgängig
affect-how-label = Wie hast du dich gefühlt?
affect-cancel = Abbrechen
affect-not-how = So habe ich mich nicht gefühlt
affect-legend = Jeder Punkt ist eine Lesung: die Vermutungen der Modelle (Kamera, Text) und deine eigene Stimmung. Ein gestrichelter Ring zeigt eine Lesung, die du korrigiert hast. Die Modelle irren oft; was zählt, ist dein Wort.
# $emotion: the emotion the camera read most, already translated; $count: how many readings
affect-face-lane = Kamera (Modell): meist { $emotion }, { $count ->
    [one] { $count } Lesung
   *[other] { $count } Lesungen
}
affect-voice-lane = Stimme (Modell): meist { $tone }, { $count ->
    [one] { $count } Lesung
   *[other] { $count } Lesungen
}
