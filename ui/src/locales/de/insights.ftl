insights-title = Einblicke
insights-period-label = Zeitraum
insights-preset = { $preset ->
    [week] 7 Tage
    [month] 30 Tage
    [year] Jahr
   *[custom] Frei wählen
}
insights-from = Von
insights-to = Bis
insights-show = Anzeigen
insights-busy = Bericht wird erstellt…
insights-range = { $from } – { $to } · Zusammenfassung { $source ->
    [gemini] von Gemini, nur aus diesen Zahlen
   *[local] auf diesem Computer geschrieben
    [device] vom Modell auf diesem Gerät
    [local_server] vom Modell deines lokalen Servers, auf diesem Computer
}
insights-active-days = aktive Tage
insights-mean-mood = mittlere Stimmung /5
insights-mean-sentiment = mittleres Sentiment
insights-sleep-hours = Stunden Schlaf
insights-journal-entries = Tagebucheinträge
insights-day-streak = Tage in Folge
insights-previous = Zeitraum davor ({ $from } – { $to }): Stimmung { $mood }, Sentiment { $sentiment }, Schlaf { $sleep } h, { $entries ->
    [one] { $entries } Eintrag
   *[other] { $entries } Einträge
}.
insights-stress = Stresslevel laut Gesichtsausdruck: { $level ->
    [low] niedrig
    [moderate] mittel
    [high] hoch
   *[other] { $level }
} ({ $samples ->
    [one] { $samples } Messwert
   *[other] { $samples } Messwerte
}).
insights-stress-sustained = Stresslevel laut Gesichtsausdruck: { $level ->
    [low] niedrig
    [moderate] mittel
    [high] hoch
   *[other] { $level }
} ({ $samples ->
    [one] { $samples } Messwert
   *[other] { $samples } Messwerte
}) – anhaltend hoher Stress; vielleicht helfen die Atemübung oder ein Gespräch mit jemandem.
insights-together = Was zusammenhing
insights-export = Als HTML exportieren
insights-saved-to = Gespeichert unter { $path }
insights-voice = Stimme
insights-voice-day = { $date }: { $segments ->
    [one] ein Sprachabschnitt
   *[other] { $segments } Sprachabschnitte
}, angespannt { $tense } %
