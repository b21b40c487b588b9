sentiment-title = Lokaal sentimentmodel { $model }: valentie { $valence }
sentiment-chip = { $label ->
    [positive] positief
    [negative] negatief
    [neutral] neutraal
   *[other] { $label }
} · { $stars }/5
sentiment-none = nog niet beoordeeld
# $emotion: the emotion the text model read, already translated
sentiment-emotion = leest als { $emotion }
sentiment-emotion-title = Wat het lokale tekstmodel las; het zit er vaak naast (Inzichten → Gevoelstijdlijn om het te verbeteren)
