voice-on = Stimme an
voice-off = Stimme aus
voice-listening = Hört zu…
voice-hearing = Hört Sprache…
voice-badge = Stimme: { $tone } { $percent } % · angespannt { $tense } %
voice-strip-label = Stimmlesungen, älteste zuerst
voice-reading-title = { $tone } ({ $percent } %), angespannt { $tense } %
voice-note = Deine Stimme wird auf diesem Computer gelesen und nie aufgenommen oder gespeichert; nur die Lesungen bleiben. Etwa 7 von 10 richtig bei Stimmen, die es nie gehört hat, sobald es deine kennt, 6 von 10 vorher; nur drei Tonlagen (Wut, Angst, neutral), gelernt von fünf polnischen Männern.
voice-tone = { $tone ->
    [anger] Wut
    [fear] Angst
    [neutral] neutral
   *[uncertain] unsicher
}
