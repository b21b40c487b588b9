voice-on = Voix activée
voice-off = Voix désactivée
voice-listening = À l'écoute…
voice-hearing = Parole entendue…
voice-badge = Voix : { $tone } { $percent } % · tendu { $tense } %
voice-badge-uncertain = Voix : incertain ({ $why ->
    [little_voice] trop peu de voix
    [unlike_training] différente des voix apprises
   *[low_confidence] pas de ton net
})
voice-strip-label = Lectures de la voix, de la plus ancienne à la plus récente
voice-reading-title = { $tone } ({ $percent } %), tendu { $tense } %
voice-note = Ta voix est lue sur cet ordinateur et n'est jamais enregistrée ni conservée ; seules les lectures sont gardées. Environ 6 sur 10 justes pour des voix jamais entendues (7 sur 10 quand chaque voix était comparée à elle-même) ; trois tons seulement (colère, peur, neutre), appris de cinq hommes polonais qui les jouaient.
voice-tone = { $tone ->
    [anger] colère
    [fear] peur
    [neutral] neutre
   *[uncertain] incertain
}
