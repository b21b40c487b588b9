insights-title = Inzichten
insights-period-label = Periode
insights-preset = { $preset ->
    [week] 7 dagen
    [month] 30 dagen
    [year] Jaar
   *[custom] Aangepast
}
insights-from = Van
insights-to = Tot
insights-show = Tonen
insights-busy = Rapport wordt gemaakt…
insights-range = { $from } – { $to } · samenvatting { $source ->
    [gemini] door Gemini, alleen op basis van deze cijfers
   *[local] geschreven op deze computer
    [device] door het model op dit apparaat
    [local_server] door het model van je lokale server, op deze computer
}
insights-active-days = actieve dagen
insights-mean-mood = gemiddelde stemming /5
insights-mean-sentiment = gemiddeld sentiment
insights-sleep-hours = uur slaap
insights-journal-entries = dagboeknotities
insights-day-streak = dagen op rij
insights-previous = Vorige periode ({ $from } – { $to }): stemming { $mood }, sentiment { $sentiment }, slaap { $sleep } u, { $entries ->
    [one] { $entries } notitie
   *[other] { $entries } notities
}.
insights-stress = Stressniveau volgens gezichtsuitdrukking: { $level ->
    [low] laag
    [moderate] matig
    [high] hoog
   *[other] { $level }
} ({ $samples ->
    [one] { $samples } meting
   *[other] { $samples } metingen
}).
insights-stress-sustained = Stressniveau volgens gezichtsuitdrukking: { $level ->
    [low] laag
    [moderate] matig
    [high] hoog
   *[other] { $level }
} ({ $samples ->
    [one] { $samples } meting
   *[other] { $samples } metingen
}) — aanhoudend hoge stress; probeer de ademhalingsoefening of praat met iemand.
insights-together = Wat samenging
insights-export = Exporteren als HTML
insights-saved-to = Opgeslagen in { $path }
insights-voice = Stem
insights-voice-day = { $date }: { $segments ->
    [one] één stuk spraak
   *[other] { $segments } stukken spraak
}, gespannen { $tense } %
