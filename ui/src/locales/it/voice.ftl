voice-on = Voce attiva
voice-off = Voce spenta
voice-listening = In ascolto…
voice-hearing = Sento parlare…
voice-badge = Voce: { $tone } { $percent } % · teso { $tense } %
voice-strip-label = Letture della voce, dalla più vecchia
voice-reading-title = { $tone } ({ $percent } %), teso { $tense } %
voice-note = La tua voce viene letta su questo computer e non viene mai registrata né salvata; si tengono solo le letture. Circa 7 su 10 giuste per voci mai sentite una volta che conosce la tua, 6 su 10 prima; solo tre toni (rabbia, paura, neutro), appresi da cinque uomini polacchi.
voice-tone = { $tone ->
    [anger] rabbia
    [fear] paura
    [neutral] neutro
   *[uncertain] incerto
}
