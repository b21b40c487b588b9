# screens/Checkin.svelte
checkin-title = Fragebögen
checkin-kind-phq9 = PHQ-9 (Stimmung)
checkin-kind-gad7 = GAD-7 (Angst)
checkin-english-note = Die Fragen stehen im englischen Originalwortlaut: Von diesen Fragebögen dürfen nur validierte Übersetzungen verwendet werden.
# Bleibt absichtlich Englisch: die Anweisung des Fragebogens selbst, wie die Fragen und Antworten aus dem Kern.
# Nur eine validierte, veröffentlichte Übersetzung von PHQ-9 / GAD-7 darf sie ersetzen.
checkin-stem = Over the last 2 weeks, how often have you been bothered by…
checkin-note = Möchtest du noch etwas in eigenen Worten ergänzen? (optional)
checkin-running-open = Zwischensumme { $total } · unbeantwortet: { $items }
checkin-running-done = Zwischensumme { $total } · alles beantwortet
checkin-submit = Mein Ergebnis zeigen
checkin-score = { $form }: { $total } von { $max } Punkten
# Schweregrade wie in der deutschen PHQ-Fassung
checkin-severity = { $band ->
    [minimal] minimal
    [mild] mild
    [moderate] mittelgradig
    [moderately-severe] ausgeprägt
    [severe] schwer
   *[other] { $band }
}
checkin-bands-phq9 = Stufen laut veröffentlichtem Manual: 0–4 minimal, 5–9 mild, 10–14 mittelgradig, 15–19 ausgeprägt, 20–27 schwer.
checkin-bands-gad7 = Stufen laut veröffentlichtem Manual: 0–4 minimal, 5–9 mild, 10–14 mittelgradig, 15–21 schwer.
