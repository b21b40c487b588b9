sentiment-title = Modelo de sentimiento local { $model }: valencia { $valence }
sentiment-chip = { $label ->
    [positive] positivo
    [negative] negativo
    [neutral] neutro
   *[other] { $label }
} · { $stars }/5
sentiment-none = aún sin analizar
# $emotion: the emotion the text model read, already translated
sentiment-emotion = se lee { $emotion }
sentiment-emotion-title = Lo que leyó el modelo de texto local; se equivoca a menudo (Tendencias → Línea de emociones para corregirlo)
