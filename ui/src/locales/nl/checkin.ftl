# screens/Checkin.svelte
checkin-title = Vragenlijsten
checkin-kind-phq9 = PHQ-9 (stemming)
checkin-kind-gad7 = GAD-7 (angst)
checkin-english-note = De vragen staan er in hun oorspronkelijke Engelse formulering: van deze vragenlijsten mogen alleen gevalideerde vertalingen worden gebruikt.
# Blijft bewust Engels: dit is de instructie van de vragenlijst zelf, net als de vragen en antwoorden uit de kern.
# Alleen een gevalideerde, gepubliceerde vertaling van de PHQ-9 / GAD-7 mag die vervangen.
checkin-stem = Over the last 2 weeks, how often have you been bothered by…
checkin-note = Wil je nog iets toevoegen, in je eigen woorden? (optioneel)
checkin-running-open = Tussenstand { $total } · onbeantwoord: { $items }
checkin-running-done = Tussenstand { $total } · alles beantwoord
checkin-submit = Bekijk mijn resultaat
checkin-score = { $form }: score { $total } van { $max }
checkin-severity = { $band ->
    [minimal] minimaal
    [mild] licht
    [moderate] matig
    [moderately-severe] matig ernstig
    [severe] ernstig
   *[other] { $band }
}
checkin-bands-phq9 = Grenzen uit de gepubliceerde handleiding: 0–4 minimaal, 5–9 licht, 10–14 matig, 15–19 matig ernstig, 20–27 ernstig.
checkin-bands-gad7 = Grenzen uit de gepubliceerde handleiding: 0–4 minimaal, 5–9 licht, 10–14 matig, 15–21 ernstig.
