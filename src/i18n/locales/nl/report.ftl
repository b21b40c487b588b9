## The report (window's Insights and the exported HTML file) and the companion's built-in lines.
## Numbers arrive already formatted for the language (decimal mark); days already written as the language writes them (i18n::date).

## The local summary, sentence by sentence.
report-empty = Van { $from } tot { $to } is niets vastgelegd. Notities, vragenlijsten en chats verschijnen hier.
report-active = Van { $from } tot { $to } was je actief op { $active } van de { $days } dagen.
report-active-mood = Van { $from } tot { $to } was je actief op { $active } van de { $days } dagen, en je stemming in het dagboek was gemiddeld { $mood }/5{ $delta }.
report-delta-up = , { $amount } meer dan in de vorige periode
report-delta-down = , { $amount } minder dan in de vorige periode
report-delta-same = , ongeveer gelijk aan de vorige periode
report-counts = Wat je schreef of deed: { $list }.
report-count-journal = { $n ->
    [one] { $n } dagboeknotitie
   *[other] { $n } dagboeknotities
}
report-count-messages = { $n ->
    [one] { $n } bericht aan de metgezel
   *[other] { $n } berichten aan de metgezel
}
report-count-gratitude = { $n ->
    [one] dankbaarheid op { $n } dag
   *[other] dankbaarheid op { $n } dagen
}
report-count-breathing = { $minutes } minuten ademhalingsoefeningen
report-sleep = { $nights ->
    [one] Je sliep gemiddeld { $hours } u over { $nights } nacht{ $delta }.
   *[other] Je sliep gemiddeld { $hours } u over { $nights } nachten{ $delta }.
}
report-checkin = Je laatste vragenlijst ({ $form }, { $date }) had een score van { $total }: { $band }.
report-streak = Je bent { $n } dagen op rij actief.
## Check-in bands (PHQ-9, GAD-7).
band-minimal = minimaal
band-mild = licht
band-moderate = matig
band-moderately-severe = matig ernstig
band-severe = ernstig
## Told to the companion that writes the summary when the window is not in English.
report-model-language = Schrijf de samenvatting in het Nederlands.

## What went together.
corr-not-enough = Nog niet genoeg gegevens om { $what } te vergelijken (er zijn er minstens { $min } per kant nodig; er zijn er { $a } en { $b }).
corr-with-n = { $text } (n = { $a } tegen { $b }).
corr-sleep-mood = Op dagen na ≥ 7 u slaap was je stemming gemiddeld { $x }, tegen { $y } na kortere nachten
corr-sleep-mood-what = slaap en stemming
corr-sleep-sentiment = Na ≥ 7 u slaap had wat je schreef gemiddeld een sentiment van { $x }, tegen { $y } na kortere nachten
corr-sleep-sentiment-what = slaap en de toon van wat je schreef
corr-breathing-mood = Op dagen met een ademhalingsoefening was je stemming gemiddeld { $x }, tegen { $y } op dagen zonder
corr-breathing-mood-what = dagen met ademhalingsoefening en stemming
corr-gratitude-mood = Op dagen waarop je dankbaarheid noteerde, was je stemming gemiddeld { $x }, tegen { $y } op andere dagen
corr-gratitude-mood-what = dagen met dankbaarheid en stemming
## The note when a range reaches past today.
report-note-cut = De periode is bij vandaag ({ $today }) afgekapt; voor latere dagen zijn er nog geen gegevens.

## Who wrote the summary.
source-gemini = door Gemini, alleen op basis van deze cijfers
source-local = geschreven op deze computer
source-device = door het model op dit apparaat
source-local-server = door het model van je lokale server, op deze computer

## The charts.
chart-mood = Stemming en sentiment per dag
chart-emotions = Gezichtsemoties per dag
chart-sleep = Slaap en stemming de volgende dag
chart-pixels = Stemming in pixels
chart-sleep-nights = { $title } ({ $n ->
    [one] { $n } nacht
   *[other] { $n } nachten
})
chart-no-mood = Geen dagboekstemmingen of beoordeelde tekst in deze periode
chart-no-camera = De camera is in deze periode niet gebruikt (geen gezichtsemoties)
chart-no-sleep = Geen nachten met een dagboekstemming de volgende dag in deze periode
chart-no-pixels = Geen dagboekstemmingen in deze periode
chart-mood-axis = 1 = heel slecht · 5 = heel goed
chart-day = Dag
chart-series-mood = Dagboekstemming (1–5)
chart-series-sentiment = Sentiment van wat je schreef (als 1–5)
chart-face-share = Aandeel gezichtsmetingen (%)
chart-hours-slept = Uren geslapen
chart-next-day-mood = Stemming de volgende dag (1–5)
chart-seven-hours = 7 uur
chart-one-night = één nacht
## A day on an axis: $month is a short month name from chart-months.
chart-date = { $day } { $month }
## Twelve short month names, separated by spaces.
chart-months = jan feb mrt apr mei jun jul aug sep okt nov dec
## Monday, Wednesday, Friday and Sunday, short, separated by spaces.
chart-weekdays = ma wo vr zo
chart-legend-1 = 1 heel slecht
chart-legend-2 = 2 slecht
chart-legend-3 = 3 oké
chart-legend-4 = 4 goed
chart-legend-5 = 5 heel goed
chart-legend-none = niets vastgelegd
emotion-angry = boosheid
emotion-disgust = afkeer
emotion-fear = angst
emotion-happy = blijdschap
emotion-sad = verdriet
emotion-surprise = verrassing
emotion-neutral = neutraal

## The exported HTML file.
html-title = Mentora-rapport { $from } – { $to }
html-heading = Je Mentora-rapport
html-sub = { $from } – { $to } · samenvatting { $source }
html-key-numbers = Kerncijfers
html-this-period = Deze periode
html-period-before = Vorige periode ({ $from } – { $to })
html-active-days = Actieve dagen
html-active-of = { $active } van { $days }
html-mean-mood = Gemiddelde dagboekstemming
html-mean-sentiment = Gemiddeld sentiment
html-journal-entries = Dagboeknotities
html-messages = Berichten
html-gratitude-days = Dagen met dankbaarheid
html-mean-sleep = Gemiddelde slaap
html-breathing = Ademhaling
html-minutes = { $n } min
html-streak = Reeks (huidige / langste)
html-streak-days = { $current } / { $longest } dagen
html-charts = Grafieken
html-voice = Stem
html-together = Wat samenging
html-better-days = Wat samengaat met je betere dagen
html-checkins = Vragenlijsten
html-no-checkins = Geen vragenlijsten in deze periode.
html-checkin-date = Datum
html-checkin-form = Vragenlijst
html-checkin-score = Score
html-checkin-band = Niveau
html-no-factors = In deze periode zijn geen activiteiten, slaap of ademhaling samen met een stemming vastgelegd.
html-factors-intro = Gemiddelde stemming (1–5) op dagen met en zonder elk ding; een 95%-bootstrapinterval voor het verschil; met minder dan { $min ->
    [one] { $min } dag
   *[other] { $min } dagen
} aan een van beide kanten wordt niets gezegd. Deze dingen gingen samen; het zijn geen oorzaken.
html-factor-with = Met
html-factor-days = Dagen
html-factor-mood-with = Stemming met
html-factor-without = Zonder
html-factor-difference = Verschil
html-factor-interval = 95%-interval
html-interval = { $low } tot { $high }
html-not-enough-days = te weinig dagen
html-no-voice = Geen stemsessies in deze periode.
html-voice-intro = De toon van je stem zoals het model op het apparaat die las: ongeveer 7 op 10 goed bij stemmen die het nooit hoorde zodra het de jouwe kent, 6 op 10 daarvoor; alleen drie tonen (woede, angst, neutraal), geleerd van vijf Poolse mannen. Nooit audio: alleen deze metingen zijn bewaard.
html-voice-date = Datum
html-voice-stretches = Stukken spraak
html-voice-mostly = Meestal
html-voice-tones = Woede · angst · neutraal
html-voice-tense = Gespannen
html-voice-uncertain = Onzeker
html-voice-by-day = Spanning per dag (gemiddelde over de spraak van die dag):
html-voice-day-stretches = Stukken
tone-anger = woede
tone-fear = angst
tone-neutral = neutraal
html-footer = Gemaakt op deze computer door Mentora. Schattingen van modellen op het apparaat kunnen fout zijn; dit is geen diagnose.

## The companion's built-in lines.
chat-summary-talked = { $n ->
    [one] Je had het over ‘{ $topic }’ ({ $n } bericht).
   *[other] Je had het over ‘{ $topic }’ ({ $n } berichten).
}
chat-summary-hardest = Het moeilijkste moment: ‘{ $quote }’.
chat-summary-brightest = Het mooiste moment: ‘{ $quote }’.
chat-summary-crisis = Tijdens dit gesprek is crisishulp getoond.
chat-summary-heavy = Over het geheel voelde het gesprek vooral zwaar (gemiddeld sentiment { $mean }).
chat-summary-positive = Over het geheel voelde het gesprek vooral positief (gemiddeld sentiment { $mean }).
chat-summary-mixed = Over het geheel voelde het gesprek gemengd of rustig (gemiddeld sentiment { $mean }).
chat-reply-cut = Het antwoord bereikte de maximale lengte en is afgebroken.
## Told to the companion (any model) so that it answers in the window's language.
chat-model-language = Antwoord altijd in het Nederlands, de taal van het app-venster, tenzij de persoon je in een andere taal schrijft.
