voice-settings-title = Stem
voice-settings-mic = Microfoon
voice-settings-default = De standaard van het systeem
voice-settings-none = Geen microfoon gevonden: de stem blijft uit.
voice-settings-learn = Leren hoe mijn stem gewoonlijk klinkt (betere metingen)
voice-settings-learn-hint = Alleen als gemiddelden in je versleutelde profiel bewaard, nooit als geluid. Wordt gebruikt vanaf 20 stukken spraak; het heeft er { $count }.
voice-settings-forget = Vergeet wat het geleerd heeft
voice-settings-file = Een opname lezen (WAV, FLAC, Ogg)
voice-settings-file-hint = Het bestand wordt op deze computer in het geheugen gelezen en niet gekopieerd of bewaard; er wordt niets van opgeslagen.
voice-settings-reading = Bezig met lezen…
voice-settings-result-label = Wat het stemmodel las
voice-settings-summary = { $seconds } s, { $speech } s spraak in { $segments ->
    [one] één stuk
   *[other] { $segments } stukken
}
