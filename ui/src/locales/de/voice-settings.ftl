voice-settings-title = Stimme
voice-settings-mic = Mikrofon
voice-settings-default = Standard des Systems
voice-settings-none = Kein Mikrofon gefunden: Die Stimme bleibt aus.
voice-settings-learn = Lernen, wie meine Stimme gewöhnlich klingt (bessere Lesungen)
voice-settings-learn-hint = Nur als Mittelwerte in deinem verschlüsselten Profil gespeichert, nie als Ton. Es wird ab 20 Sprachabschnitten verwendet; bisher { $count }.
voice-settings-forget = Gelerntes vergessen
voice-settings-file = Eine Aufnahme lesen (WAV, FLAC, Ogg)
voice-settings-file-hint = Die Datei wird auf diesem Computer im Speicher gelesen und weder kopiert noch behalten; nichts davon wird gespeichert.
voice-settings-reading = Wird gelesen…
voice-settings-result-label = Was das Stimmmodell gelesen hat
voice-settings-summary = { $seconds } s, { $speech } s Sprache in { $segments ->
    [one] einem Abschnitt
   *[other] { $segments } Abschnitten
}
