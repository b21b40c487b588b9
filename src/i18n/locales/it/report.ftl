## The report (window's Insights and the exported HTML file) and the companion's built-in lines.
## Numbers arrive already formatted for the language (decimal mark); days already written as the language writes them (i18n::date).

## The local summary, sentence by sentence.
report-empty = Dal { $from } al { $to } non è stato registrato nulla. Qui compariranno pagine di diario, questionari e chat.
report-active = Dal { $from } al { $to } hai registrato qualcosa in { $active ->
    [one] { $active } giorno
   *[other] { $active } giorni
} su { $days }.
report-active-mood = Dal { $from } al { $to } hai registrato qualcosa in { $active ->
    [one] { $active } giorno
   *[other] { $active } giorni
} su { $days }, e l’umore medio del tuo diario è stato { $mood }/5{ $delta }.
report-delta-up = , { $amount } in più rispetto al periodo precedente
report-delta-down = , { $amount } in meno rispetto al periodo precedente
report-delta-same = , più o meno come nel periodo precedente
report-counts = Ecco cosa hai scritto o fatto: { $list }.
report-count-journal = { $n ->
    [one] { $n } pagina di diario
   *[other] { $n } pagine di diario
}
report-count-messages = { $n ->
    [one] { $n } messaggio al compagno
   *[other] { $n } messaggi al compagno
}
report-count-gratitude = { $n ->
    [one] gratitudine in { $n } giorno
   *[other] gratitudine in { $n } giorni
}
report-count-breathing = { $minutes } minuti di esercizi di respirazione
report-sleep = { $nights ->
    [one] Hai dormito in media { $hours } h in { $nights } notte{ $delta }.
   *[other] Hai dormito in media { $hours } h in { $nights } notti{ $delta }.
}
report-checkin = Il tuo ultimo questionario ({ $form }, { $date }) ha dato un punteggio di { $total }: { $band }.
report-streak = Sei a { $n } giorni di fila.
## Check-in bands (PHQ-9, GAD-7).
band-minimal = minimo
band-mild = lieve
band-moderate = moderato
band-moderately-severe = moderatamente grave
band-severe = grave
## Told to the companion that writes the summary when the window is not in English.
report-model-language = Scrivi il riepilogo in italiano.

## What went together.
corr-not-enough = Non ci sono ancora abbastanza dati per confrontare { $what } (ne servono almeno { $min } per parte; ce ne sono { $a } e { $b }).
corr-with-n = { $text } (n = { $a } contro { $b }).
corr-sleep-mood = Nei giorni dopo ≥ 7 h di sonno il tuo umore medio è stato { $x }, contro { $y } dopo notti più brevi
corr-sleep-mood-what = il sonno e l’umore
corr-sleep-sentiment = Dopo ≥ 7 h di sonno ciò che hai scritto ha avuto in media un sentiment di { $x }, contro { $y } dopo notti più brevi
corr-sleep-sentiment-what = il sonno e il tono di ciò che hai scritto
corr-breathing-mood = Nei giorni con un esercizio di respirazione il tuo umore medio è stato { $x }, contro { $y } nei giorni senza
corr-breathing-mood-what = i giorni di respirazione e l’umore
corr-gratitude-mood = Nei giorni in cui hai annotato gratitudine il tuo umore medio è stato { $x }, contro { $y } negli altri giorni
corr-gratitude-mood-what = i giorni di gratitudine e l’umore
## The note when a range reaches past today.
report-note-cut = Il periodo è stato interrotto a oggi ({ $today }); per i giorni successivi non ci sono ancora dati.

## Who wrote the summary.
source-gemini = di Gemini, solo da questi numeri
source-local = scritto su questo computer
source-device = dal modello su questo dispositivo
source-local-server = dal modello del tuo server locale, su questo computer

## The charts.
chart-mood = Umore e sentiment per giorno
chart-emotions = Emozioni del viso per giorno
chart-sleep = Sonno e umore del giorno dopo
chart-pixels = L’umore in pixel
chart-sleep-nights = { $title } ({ $n ->
    [one] { $n } notte
   *[other] { $n } notti
})
chart-no-mood = Nessun umore del diario né testo analizzato in questo periodo
chart-no-camera = La fotocamera non è stata usata in questo periodo (nessuna emozione del viso)
chart-no-sleep = Nessuna notte con un umore del diario il giorno dopo in questo periodo
chart-no-pixels = Nessun umore del diario in questo periodo
chart-mood-axis = 1 = molto giù · 5 = molto bene
chart-day = Giorno
chart-series-mood = Umore del diario (1–5)
chart-series-sentiment = Sentiment di ciò che hai scritto (su scala 1–5)
chart-face-share = Quota di rilevamenti del viso (%)
chart-hours-slept = Ore dormite
chart-next-day-mood = Umore il giorno dopo (1–5)
chart-seven-hours = 7 ore
chart-one-night = una notte
## A day on an axis: $month is a short month name from chart-months.
chart-date = { $day } { $month }
## Twelve short month names, separated by spaces.
chart-months = gen feb mar apr mag giu lug ago set ott nov dic
## Monday, Wednesday, Friday and Sunday, short, separated by spaces.
chart-weekdays = lun mer ven dom
chart-legend-1 = 1 molto giù
chart-legend-2 = 2 giù
chart-legend-3 = 3 normale
chart-legend-4 = 4 bene
chart-legend-5 = 5 molto bene
chart-legend-none = nessuna registrazione
emotion-angry = rabbia
emotion-disgust = disgusto
emotion-fear = paura
emotion-happy = gioia
emotion-sad = tristezza
emotion-surprise = sorpresa
emotion-neutral = neutro

## The exported HTML file.
html-title = Report Mentora { $from } – { $to }
html-heading = Il tuo report Mentora
html-sub = { $from } – { $to } · riepilogo { $source }
html-key-numbers = Dati principali
html-this-period = Questo periodo
html-period-before = Periodo precedente ({ $from } – { $to })
html-active-days = Giorni attivi
html-active-of = { $active } su { $days }
html-mean-mood = Umore medio del diario
html-mean-sentiment = Sentiment medio
html-journal-entries = Pagine di diario
html-messages = Messaggi
html-gratitude-days = Giorni di gratitudine
html-mean-sleep = Sonno medio
html-breathing = Respirazione
html-minutes = { $n } min
html-streak = Serie (attuale / più lunga)
html-streak-days = { $current } / { $longest } giorni
html-charts = Grafici
html-voice = Voce
html-together = Cosa è andato di pari passo
html-better-days = Cosa accompagna i tuoi giorni migliori
html-checkins = Questionari
html-no-checkins = Nessun questionario in questo periodo.
html-checkin-date = Data
html-checkin-form = Questionario
html-checkin-score = Punteggio
html-checkin-band = Fascia
html-no-factors = In questo periodo non sono state registrate attività, sonno o respirazione insieme a un umore.
html-factors-intro = Umore medio (1–5) nei giorni con e senza ciascuna cosa; un intervallo bootstrap al 95% per la differenza; non si conclude nulla con meno di { $min ->
    [one] { $min } giorno
   *[other] { $min } giorni
} da una delle due parti. Queste cose sono andate di pari passo; non ne sono la causa.
html-factor-with = Con
html-factor-days = Giorni
html-factor-mood-with = Umore con
html-factor-without = Senza
html-factor-difference = Differenza
html-factor-interval = Intervallo al 95%
html-interval = da { $low } a { $high }
html-not-enough-days = giorni insufficienti
html-no-voice = Nessuna sessione vocale in questo periodo.
html-voice-intro = Il tono della tua voce come l’ha letto il modello sul dispositivo: circa 7 su 10 giuste per voci mai sentite una volta che conosce la tua, 6 su 10 prima; solo tre toni (rabbia, paura, neutro), appresi da cinque uomini polacchi. Mai audio: si sono tenute solo queste letture.
html-voice-date = Data
html-voice-stretches = Tratti di parlato
html-voice-mostly = Per lo più
html-voice-tones = Rabbia · paura · neutro
html-voice-tense = Teso
html-voice-uncertain = Incerto
html-voice-by-day = Tensione per giorno (media sul parlato del giorno):
html-voice-day-stretches = Tratti
tone-anger = rabbia
tone-fear = paura
tone-neutral = neutro
html-footer = Creato su questo computer da Mentora. Le stime dei modelli sul dispositivo possono essere sbagliate; questa non è una diagnosi.

## The companion's built-in lines.
chat-summary-talked = { $n ->
    [one] Hai parlato di “{ $topic }” ({ $n } messaggio).
   *[other] Hai parlato di “{ $topic }” ({ $n } messaggi).
}
chat-summary-hardest = Il momento più difficile: “{ $quote }”.
chat-summary-brightest = Il momento più luminoso: “{ $quote }”.
chat-summary-crisis = Durante questa conversazione sono state mostrate risorse di aiuto in caso di crisi.
chat-summary-heavy = Nel complesso la conversazione è sembrata per lo più pesante (sentiment medio { $mean }).
chat-summary-positive = Nel complesso la conversazione è sembrata per lo più positiva (sentiment medio { $mean }).
chat-summary-mixed = Nel complesso la conversazione è sembrata mista o tranquilla (sentiment medio { $mean }).
chat-reply-cut = La risposta ha raggiunto il limite di lunghezza ed è stata troncata.
## Told to the companion (any model) so that it answers in the window's language.
chat-model-language = Rispondi sempre in italiano, la lingua della finestra dell’app, a meno che la persona non ti scriva in un’altra lingua.
