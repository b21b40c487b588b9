# The voice panel (components/VoicePanel.svelte)
voice-on = Voice on
voice-off = Voice off
voice-listening = Listening…
voice-hearing = Hearing speech…
# $tone: the tone, already translated; $percent: its probability; $tense: probability of a tense voice
voice-badge = Voice: { $tone } { $percent } % · tense { $tense } %
# $why: little_voice, unlike_training or low_confidence
voice-badge-uncertain = Voice: uncertain ({ $why ->
    [little_voice] too little voice
    [unlike_training] unlike the voices it learned from
   *[low_confidence] no clear tone
})
voice-strip-label = Voice readings, oldest first
voice-reading-title = { $tone } ({ $percent } %), tense { $tense } %
voice-note = Your voice is read on this computer and never recorded or saved; only the readings are kept. About 6 in 10 right for voices it never heard (7 in 10 when each voice was compared with itself); three tones only (anger, fear, neutral), learned from five Polish men acting them.
# $tone: anger, fear, neutral or uncertain
voice-tone = { $tone ->
    [anger] anger
    [fear] fear
    [neutral] neutral
   *[uncertain] uncertain
}
