sentiment-title = Modello di sentiment locale { $model }: valenza { $valence }
sentiment-chip = { $label ->
    [positive] positivo
    [negative] negativo
    [neutral] neutro
   *[other] { $label }
} · { $stars }/5
sentiment-none = non ancora analizzato
