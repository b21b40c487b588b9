# screens/Checkin.svelte
checkin-title = Questionari
checkin-kind-phq9 = PHQ-9 (umore)
checkin-kind-gad7 = GAD-7 (ansia)
checkin-english-note = Le domande sono mostrate nella formulazione originale inglese: di questi questionari si possono usare solo traduzioni validate.
# Resta in inglese di proposito: è l’istruzione del questionario stesso, come le domande e le risposte del nucleo.
# Solo una traduzione validata e pubblicata del PHQ-9 / GAD-7 può sostituirla.
checkin-stem = Over the last 2 weeks, how often have you been bothered by…
checkin-note = Vuoi aggiungere qualcosa con parole tue? (facoltativo)
checkin-running-open = Totale parziale { $total } · senza risposta: { $items }
checkin-running-done = Totale parziale { $total } · tutte le domande hanno una risposta
checkin-submit = Vedi il mio risultato
checkin-score = { $form }: punteggio { $total } su { $max }
checkin-severity = { $band ->
    [minimal] minimo
    [mild] lieve
    [moderate] moderato
    [moderately-severe] moderatamente grave
    [severe] grave
   *[other] { $band }
}
checkin-bands-phq9 = Fasce del manuale pubblicato: 0–4 minimo, 5–9 lieve, 10–14 moderato, 15–19 moderatamente grave, 20–27 grave.
checkin-bands-gad7 = Fasce del manuale pubblicato: 0–4 minimo, 5–9 lieve, 10–14 moderato, 15–21 grave.
