voice-on = Stimme an
voice-off = Stimme aus
voice-listening = Hört zu…
voice-hearing = Hört Sprache…
voice-badge = Stimme: { $tone } { $percent } % · angespannt { $tense } %
voice-badge-uncertain = Stimme: unsicher ({ $why ->
    [little_voice] zu wenig Stimme
    [unlike_training] anders als die Stimmen, von denen es gelernt hat
   *[low_confidence] keine klare Tonlage
})
voice-strip-label = Stimmlesungen, älteste zuerst
voice-reading-title = { $tone } ({ $percent } %), angespannt { $tense } %
voice-note = Deine Stimme wird auf diesem Computer gelesen und nie aufgenommen oder gespeichert; nur die Lesungen bleiben. Etwa 6 von 10 richtig bei Stimmen, die es nie gehört hat (7 von 10, wenn jede Stimme mit sich selbst verglichen wurde); nur drei Tonlagen (Wut, Angst, neutral), gelernt von fünf polnischen Männern, die sie gespielt haben.
voice-tone = { $tone ->
    [anger] Wut
    [fear] Angst
    [neutral] neutral
   *[uncertain] unsicher
}
