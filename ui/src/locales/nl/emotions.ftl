emotions-label = { $label ->
    [angry] boosheid
    [disgust] afkeer
    [fear] angst
    [happy] blijdschap
    [sad] verdriet
    [surprise] verrassing
    [neutral] neutraal
   *[other] { $label }
}
emotions-percent = { $percent }%
emotions-no-face = Geen gezicht gevonden op deze foto.
emotions-faces-found = { $count ->
    [one] { $count } gezicht gevonden in { $ms } ms.
   *[other] { $count } gezichten gevonden in { $ms } ms.
}
emotions-badge-no-face = Geen gezicht in beeld · { $fps } fps
emotions-badge = { $emotion } { $percent }% · { $fps } fps
