insights-title = Tendenze
insights-period-label = Periodo
insights-preset = { $preset ->
    [week] 7 giorni
    [month] 30 giorni
    [year] Anno
   *[custom] Personalizzato
}
insights-from = Dal
insights-to = Al
insights-show = Mostra
insights-busy = Preparazione del report…
insights-range = { $from } – { $to } · riepilogo { $source ->
    [gemini] di Gemini, solo da questi numeri
   *[local] scritto su questo computer
    [device] dal modello su questo dispositivo
    [local_server] dal modello del tuo server locale, su questo computer
}
insights-active-days = giorni attivi
insights-mean-mood = umore medio /5
insights-mean-sentiment = sentiment medio
insights-sleep-hours = ore di sonno
insights-journal-entries = pagine di diario
insights-day-streak = giorni di fila
insights-previous = Periodo precedente ({ $from } – { $to }): umore { $mood }, sentiment { $sentiment }, sonno { $sleep } h, { $entries ->
    [one] { $entries } pagina
   *[other] { $entries } pagine
}.
insights-stress = Livello di stress dall’espressione del viso: { $level ->
    [low] basso
    [moderate] moderato
    [high] alto
   *[other] { $level }
} ({ $samples ->
    [one] { $samples } rilevamento
   *[other] { $samples } rilevamenti
}).
insights-stress-sustained = Livello di stress dall’espressione del viso: { $level ->
    [low] basso
    [moderate] moderato
    [high] alto
   *[other] { $level }
} ({ $samples ->
    [one] { $samples } rilevamento
   *[other] { $samples } rilevamenti
}) — stress alto e prolungato; prova l’esercizio di respirazione o parlane con qualcuno.
insights-together = Cosa è andato di pari passo
insights-export = Esporta in HTML
insights-saved-to = Salvato in { $path }
insights-voice = Voce
insights-voice-day = { $date }: { $segments ->
    [one] un tratto di parlato
   *[other] { $segments } tratti di parlato
}, teso { $tense } %
