voice-on = Voz activada
voice-off = Voz desactivada
voice-listening = Escuchando…
voice-hearing = Oyendo habla…
voice-badge = Voz: { $tone } { $percent } % · tensión { $tense } %
voice-strip-label = Lecturas de la voz, de la más antigua a la más reciente
voice-reading-title = { $tone } ({ $percent } %), tensión { $tense } %
voice-note = Tu voz se lee en este ordenador y nunca se graba ni se guarda; solo se guardan las lecturas. Acierta unas 7 de cada 10 con voces que nunca oyó una vez que conoce la tuya, 6 de cada 10 antes; solo tres tonos (enfado, miedo, neutral), aprendidos de cinco hombres polacos.
voice-tone = { $tone ->
    [anger] enfado
    [fear] miedo
    [neutral] neutral
   *[uncertain] incierto
}
