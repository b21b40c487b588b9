emotions-label = { $label ->
    [angry] rabbia
    [disgust] disgusto
    [fear] paura
    [happy] gioia
    [sad] tristezza
    [surprise] sorpresa
    [neutral] neutro
   *[other] { $label }
}
emotions-percent = { $percent }%
emotions-no-face = Nessun volto trovato in questa foto.
emotions-faces-found = { $count ->
    [one] { $count } volto trovato in { $ms } ms.
   *[other] { $count } volti trovati in { $ms } ms.
}
emotions-badge-no-face = Nessun volto inquadrato · { $fps } fps
emotions-badge = { $emotion } { $percent }% · { $fps } fps
