sentiment-title = Lokaal sentimentmodel { $model }: valentie { $valence }
sentiment-chip = { $label ->
    [positive] positief
    [negative] negatief
    [neutral] neutraal
   *[other] { $label }
} · { $stars }/5
sentiment-none = nog niet beoordeeld
