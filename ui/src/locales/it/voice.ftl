voice-on = Voce attiva
voice-off = Voce spenta
voice-listening = In ascolto…
voice-hearing = Sento parlare…
voice-badge = Voce: { $tone } { $percent } % · teso { $tense } %
voice-badge-uncertain = Voce: incerto ({ $why ->
    [little_voice] troppo poca voce
    [unlike_training] diversa dalle voci da cui ha imparato
   *[low_confidence] nessun tono chiaro
})
voice-strip-label = Letture della voce, dalla più vecchia
voice-reading-title = { $tone } ({ $percent } %), teso { $tense } %
voice-note = La tua voce viene letta su questo computer e non viene mai registrata né salvata; si tengono solo le letture. Circa 6 su 10 giuste per voci mai sentite (7 su 10 quando ogni voce era confrontata con sé stessa); solo tre toni (rabbia, paura, neutro), appresi da cinque uomini polacchi che li recitavano.
voice-tone = { $tone ->
    [anger] rabbia
    [fear] paura
    [neutral] neutro
   *[uncertain] incerto
}
