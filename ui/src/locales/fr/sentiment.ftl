sentiment-title = Modèle de sentiment local { $model } : valence { $valence }
sentiment-chip = { $label ->
    [positive] positif
    [negative] négatif
    [neutral] neutre
   *[other] { $label }
} · { $stars }/5
sentiment-none = pas encore analysé
