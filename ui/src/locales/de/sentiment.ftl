sentiment-title = Lokales Stimmungsmodell { $model }: Valenz { $valence }
sentiment-chip = { $label ->
    [positive] positiv
    [negative] negativ
    [neutral] neutral
   *[other] { $label }
} · { $stars }/5
sentiment-none = noch nicht bewertet
