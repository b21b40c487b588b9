voice-on = Stem aan
voice-off = Stem uit
voice-listening = Luistert…
voice-hearing = Hoort spraak…
voice-badge = Stem: { $tone } { $percent } % · gespannen { $tense } %
voice-strip-label = Stemmetingen, oudste eerst
voice-reading-title = { $tone } ({ $percent } %), gespannen { $tense } %
voice-note = Je stem wordt op deze computer gelezen en nooit opgenomen of bewaard; alleen de metingen blijven. Ongeveer 7 op 10 goed bij stemmen die het nooit hoorde zodra het de jouwe kent, 6 op 10 daarvoor; alleen drie tonen (woede, angst, neutraal), geleerd van vijf Poolse mannen.
voice-tone = { $tone ->
    [anger] woede
    [fear] angst
    [neutral] neutraal
   *[uncertain] onzeker
}
