# The voice settings (components/VoiceSettingsPanel.svelte)
voice-settings-title = Voice
voice-settings-mic = Microphone
voice-settings-default = The system's default
voice-settings-none = No microphone found: the voice stays off.
voice-settings-learn = Learn how my voice usually sounds (better readings)
# $count: stretches of speech learned so far
voice-settings-learn-hint = Kept inside your encrypted profile as averages only, never audio. It is used from 20 stretches of speech on; it has { $count }.
voice-settings-forget = Forget what it learned
voice-settings-file = Read a recording (WAV, FLAC, Ogg)
voice-settings-file-hint = The file is read on this computer in memory and not copied or kept; nothing of it is saved.
voice-settings-reading = Reading…
voice-settings-result-label = What the voice model read
# $seconds, $speech: seconds (formatted); $segments: how many stretches of speech
voice-settings-summary = { $seconds } s, { $speech } s of speech in { $segments ->
    [one] one stretch
   *[other] { $segments } stretches
}
