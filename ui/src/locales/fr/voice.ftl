voice-on = Voix activée
voice-off = Voix désactivée
voice-listening = À l'écoute…
voice-hearing = Parole entendue…
voice-badge = Voix : { $tone } { $percent } % · tendu { $tense } %
voice-strip-label = Lectures de la voix, de la plus ancienne à la plus récente
voice-reading-title = { $tone } ({ $percent } %), tendu { $tense } %
voice-note = Ta voix est lue sur cet ordinateur et n'est jamais enregistrée ni conservée ; seules les lectures sont gardées. Environ 7 sur 10 justes pour des voix jamais entendues une fois qu'il connaît la tienne, 6 sur 10 avant ; trois tons seulement (colère, peur, neutre), appris de cinq hommes polonais.
voice-tone = { $tone ->
    [anger] colère
    [fear] peur
    [neutral] neutre
   *[uncertain] incertain
}
