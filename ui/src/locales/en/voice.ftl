# The voice panel (components/VoicePanel.svelte)
voice-on = Voice on
voice-off = Voice off
voice-listening = Listening…
voice-hearing = Hearing speech…
# $tone: the tone, already translated; $percent: its probability; $tense: probability of a tense voice
voice-badge = Voice: { $tone } { $percent } % · tense { $tense } %
voice-strip-label = Voice readings, oldest first
voice-reading-title = { $tone } ({ $percent } %), tense { $tense } %
voice-note = Your voice is read on this computer and never recorded or saved; only the readings are kept. About 7 in 10 right for voices it never heard once it knows yours, 6 in 10 before; three tones only (anger, fear, neutral), learned from five Polish men.
# $tone: anger, fear, neutral or uncertain
voice-tone = { $tone ->
    [anger] anger
    [fear] fear
    [neutral] neutral
   *[uncertain] uncertain
}
