voice-on = Stem aan
voice-off = Stem uit
voice-listening = Luistert…
voice-hearing = Hoort spraak…
voice-badge = Stem: { $tone } { $percent } % · gespannen { $tense } %
voice-badge-uncertain = Stem: onzeker ({ $why ->
    [little_voice] te weinig stem
    [unlike_training] anders dan de stemmen waarvan het leerde
   *[low_confidence] geen duidelijke toon
})
voice-strip-label = Stemmetingen, oudste eerst
voice-reading-title = { $tone } ({ $percent } %), gespannen { $tense } %
voice-note = Je stem wordt op deze computer gelezen en nooit opgenomen of bewaard; alleen de metingen blijven. Ongeveer 6 op 10 goed bij stemmen die het nooit hoorde (7 op 10 als elke stem met zichzelf werd vergeleken); alleen drie tonen (woede, angst, neutraal), geleerd van vijf Poolse mannen die ze speelden.
voice-tone = { $tone ->
    [anger] woede
    [fear] angst
    [neutral] neutraal
   *[uncertain] onzeker
}
