sentiment-title = Lokales Stimmungsmodell { $model }: Valenz { $valence }
sentiment-chip = { $label ->
    [positive] positiv
    [negative] negativ
    [neutral] neutral
   *[other] { $label }
} · { $stars }/5
sentiment-none = noch nicht bewertet
# $emotion: the emotion the text model read, already translated
sentiment-emotion = liest sich { $emotion }
sentiment-emotion-title = Was das lokale Textmodell gelesen hat; es irrt oft (Einblicke → Gefühlsverlauf, um es zu korrigieren)
