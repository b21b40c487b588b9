emotions-label = { $label ->
    [angry] Wut
    [disgust] Ekel
    [fear] Angst
    [happy] Freude
    [sad] Trauer
    [surprise] Überraschung
    [neutral] neutral
   *[other] { $label }
}
emotions-percent = { $percent } %
emotions-no-face = Auf diesem Foto wurde kein Gesicht gefunden.
emotions-faces-found = { $count ->
    [one] { $count } Gesicht in { $ms } ms gefunden.
   *[other] { $count } Gesichter in { $ms } ms gefunden.
}
emotions-badge-no-face = Kein Gesicht im Bild · { $fps } fps
emotions-badge = { $emotion } { $percent } % · { $fps } fps
