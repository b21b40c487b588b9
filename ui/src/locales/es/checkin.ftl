# screens/Checkin.svelte
checkin-title = Cuestionarios
checkin-kind-phq9 = PHQ-9 (ánimo)
checkin-kind-gad7 = GAD-7 (ansiedad)
checkin-english-note = Las preguntas se muestran con su redacción original en inglés: de estos cuestionarios solo pueden usarse traducciones validadas.
# Se queda en inglés a propósito: es la instrucción del propio cuestionario, como las preguntas y respuestas del núcleo.
# Solo una traducción validada y publicada del PHQ-9 / GAD-7 puede sustituirla.
checkin-stem = Over the last 2 weeks, how often have you been bothered by…
checkin-note = ¿Algo que quieras añadir con tus propias palabras? (opcional)
checkin-running-open = Total parcial { $total } · sin responder: { $items }
checkin-running-done = Total parcial { $total } · todo respondido
checkin-submit = Ver mi resultado
checkin-score = { $form }: puntuación { $total } de { $max }
checkin-severity = { $band ->
    [minimal] mínimo
    [mild] leve
    [moderate] moderado
    [moderately-severe] moderadamente grave
    [severe] grave
   *[other] { $band }
}
checkin-bands-phq9 = Rangos del manual publicado: 0–4 mínimo, 5–9 leve, 10–14 moderado, 15–19 moderadamente grave, 20–27 grave.
checkin-bands-gad7 = Rangos del manual publicado: 0–4 mínimo, 5–9 leve, 10–14 moderado, 15–21 grave.
