sentiment-title = Modelo de sentimiento local { $model }: valencia { $valence }
sentiment-chip = { $label ->
    [positive] positivo
    [negative] negativo
    [neutral] neutro
   *[other] { $label }
} · { $stars }/5
sentiment-none = aún sin analizar
