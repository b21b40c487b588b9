voice-on = Voz activada
voice-off = Voz desactivada
voice-listening = Escuchando…
voice-hearing = Oyendo habla…
voice-badge = Voz: { $tone } { $percent } % · tensión { $tense } %
voice-badge-uncertain = Voz: incierto ({ $why ->
    [little_voice] muy poca voz
    [unlike_training] distinta de las voces de las que aprendió
   *[low_confidence] sin un tono claro
})
voice-strip-label = Lecturas de la voz, de la más antigua a la más reciente
voice-reading-title = { $tone } ({ $percent } %), tensión { $tense } %
voice-note = Tu voz se lee en este ordenador y nunca se graba ni se guarda; solo se guardan las lecturas. Acierta unas 6 de cada 10 con voces que nunca oyó (7 de cada 10 cuando cada voz se comparó consigo misma); solo tres tonos (enfado, miedo, neutral), aprendidos de cinco hombres polacos que los interpretaban.
voice-tone = { $tone ->
    [anger] enfado
    [fear] miedo
    [neutral] neutral
   *[uncertain] incierto
}
