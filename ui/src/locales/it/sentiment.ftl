sentiment-title = Modello di sentiment locale { $model }: valenza { $valence }
sentiment-chip = { $label ->
    [positive] positivo
    [negative] negativo
    [neutral] neutro
   *[other] { $label }
} · { $stars }/5
sentiment-none = non ancora analizzato
# $emotion: the emotion the text model read, already translated
sentiment-emotion = si legge { $emotion }
sentiment-emotion-title = Ciò che ha letto il modello del testo locale; sbaglia spesso (Tendenze → Linea delle emozioni per correggerlo)
