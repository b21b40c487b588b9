emotions-label = { $label ->
    [angry] enfado
    [disgust] asco
    [fear] miedo
    [happy] alegría
    [sad] tristeza
    [surprise] sorpresa
    [neutral] neutral
   *[other] { $label }
}
emotions-percent = { $percent } %
emotions-no-face = No se encontró ninguna cara en esta foto.
emotions-faces-found = { $count ->
    [one] { $count } cara encontrada en { $ms } ms.
   *[other] { $count } caras encontradas en { $ms } ms.
}
emotions-badge-no-face = Ninguna cara a la vista · { $fps } fps
emotions-badge = { $emotion } { $percent } % · { $fps } fps
