sentiment-title = Modèle de sentiment local { $model } : valence { $valence }
sentiment-chip = { $label ->
    [positive] positif
    [negative] négatif
    [neutral] neutre
   *[other] { $label }
} · { $stars }/5
sentiment-none = pas encore analysé
# $emotion: the emotion the text model read, already translated
sentiment-emotion = se lit { $emotion }
sentiment-emotion-title = Ce que le modèle de texte local a lu ; il se trompe souvent (Tendances → Chronologie des ressentis pour corriger)
