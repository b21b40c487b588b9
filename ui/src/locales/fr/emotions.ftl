emotions-label = { $label ->
    [angry] colère
    [disgust] dégoût
    [fear] peur
    [happy] joie
    [sad] tristesse
    [surprise] surprise
    [neutral] neutre
   *[other] { $label }
}
emotions-percent = { $percent } %
emotions-no-face = Aucun visage trouvé sur cette photo.
emotions-faces-found = { $count ->
    [one] { $count } visage trouvé en { $ms } ms.
   *[other] { $count } visages trouvés en { $ms } ms.
}
emotions-badge-no-face = Aucun visage à l’image · { $fps } i/s
emotions-badge = { $emotion } { $percent } % · { $fps } i/s
