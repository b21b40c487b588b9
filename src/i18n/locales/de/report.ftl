## The report (window's Insights and the exported HTML file) and the companion's built-in lines.
## Numbers arrive already formatted for the language (decimal mark); days already written as the language writes them (i18n::date).

## The local summary, sentence by sentence.
report-empty = Von { $from } bis { $to } wurde nichts eingetragen. Tagebucheinträge, Fragebögen und Chats erscheinen hier.
report-active = Von { $from } bis { $to } warst du an { $active } von { $days } Tagen aktiv.
report-active-mood = Von { $from } bis { $to } warst du an { $active } von { $days } Tagen aktiv, und deine Stimmung im Tagebuch lag im Mittel bei { $mood }/5{ $delta }.
report-delta-up = , { $amount } mehr als im Zeitraum davor
report-delta-down = , { $amount } weniger als im Zeitraum davor
report-delta-same = , ähnlich wie im Zeitraum davor
report-counts = Das hast du geschrieben oder gemacht: { $list }.
report-count-journal = { $n ->
    [one] { $n } Tagebucheintrag
   *[other] { $n } Tagebucheinträge
}
report-count-messages = { $n ->
    [one] { $n } Nachricht an den Begleiter
   *[other] { $n } Nachrichten an den Begleiter
}
report-count-gratitude = { $n ->
    [one] Dankbarkeit an { $n } Tag
   *[other] Dankbarkeit an { $n } Tagen
}
report-count-breathing = { $minutes } Minuten Atemübungen
report-sleep = { $nights ->
    [one] Dein Schlaf lag im Mittel bei { $hours } h in { $nights } Nacht{ $delta }.
   *[other] Dein Schlaf lag im Mittel bei { $hours } h in { $nights } Nächten{ $delta }.
}
report-checkin = Dein letzter Fragebogen ({ $form }, { $date }) ergab { $total ->
    [one] { $total } Punkt
   *[other] { $total } Punkte
}: { $band }.
report-streak = Du bist { $n } Tage in Folge dabei.
## Check-in bands (PHQ-9, GAD-7).
band-minimal = minimal
band-mild = mild
band-moderate = mittelgradig
band-moderately-severe = ausgeprägt
band-severe = schwer
## Told to the companion that writes the summary when the window is not in English.
report-model-language = Schreibe die Zusammenfassung auf Deutsch.

## What went together.
corr-not-enough = Noch nicht genug Daten, um { $what } zu vergleichen (nötig sind mindestens { $min } je Gruppe; vorhanden sind { $a } und { $b }).
corr-with-n = { $text } (n = { $a } vs. { $b }).
corr-sleep-mood = An Tagen nach ≥ 7 h Schlaf lag deine Stimmung im Mittel bei { $x }, nach kürzeren Nächten bei { $y }
corr-sleep-mood-what = Schlaf und Stimmung
corr-sleep-sentiment = Nach ≥ 7 h Schlaf lag das Sentiment deiner Texte im Mittel bei { $x }, nach kürzeren Nächten bei { $y }
corr-sleep-sentiment-what = Schlaf und den Ton deiner Texte
corr-breathing-mood = An Tagen mit Atemübung lag deine Stimmung im Mittel bei { $x }, an Tagen ohne bei { $y }
corr-breathing-mood-what = Tage mit Atemübung und Stimmung
corr-gratitude-mood = An Tagen, an denen du Dankbarkeit notiert hast, lag deine Stimmung im Mittel bei { $x }, an anderen Tagen bei { $y }
corr-gratitude-mood-what = Tage mit Dankbarkeit und Stimmung
## The note when a range reaches past today.
report-note-cut = Der Zeitraum wurde bei heute ({ $today }) abgeschnitten; für spätere Tage gibt es noch keine Daten.

## Who wrote the summary.
source-gemini = von Gemini, nur aus diesen Zahlen
source-local = auf diesem Computer geschrieben
source-device = vom Modell auf diesem Gerät
source-local-server = vom Modell deines lokalen Servers, auf diesem Computer

## The charts.
chart-mood = Stimmung und Sentiment pro Tag
chart-emotions = Emotionen im Gesichtsausdruck pro Tag
chart-sleep = Schlaf und Stimmung am nächsten Tag
chart-pixels = Stimmung in Pixeln
chart-sleep-nights = { $title } ({ $n ->
    [one] { $n } Nacht
   *[other] { $n } Nächte
})
chart-no-mood = Keine Stimmungen im Tagebuch und keine bewerteten Texte in diesem Zeitraum
chart-no-camera = Die Kamera wurde in diesem Zeitraum nicht genutzt (keine Emotionen aus dem Gesichtsausdruck)
chart-no-sleep = Keine Nächte mit einer Tagebuch-Stimmung am nächsten Tag in diesem Zeitraum
chart-no-pixels = Keine Stimmungen im Tagebuch in diesem Zeitraum
chart-mood-axis = 1 = sehr schlecht · 5 = sehr gut
chart-day = Tag
chart-series-mood = Stimmung im Tagebuch (1–5)
chart-series-sentiment = Sentiment deiner Texte (als 1–5)
chart-face-share = Anteil der Messwerte aus dem Gesicht (%)
chart-hours-slept = Stunden Schlaf
chart-next-day-mood = Stimmung am nächsten Tag (1–5)
chart-seven-hours = 7 Stunden
chart-one-night = eine Nacht
## A day on an axis: $month is a short month name from chart-months.
chart-date = { $day }. { $month }
## Twelve short month names, separated by spaces.
chart-months = Jan Feb Mär Apr Mai Jun Jul Aug Sep Okt Nov Dez
## Monday, Wednesday, Friday and Sunday, short, separated by spaces.
chart-weekdays = Mo Mi Fr So
chart-legend-1 = 1 sehr schlecht
chart-legend-2 = 2 schlecht
chart-legend-3 = 3 okay
chart-legend-4 = 4 gut
chart-legend-5 = 5 sehr gut
chart-legend-none = kein Eintrag
emotion-angry = Wut
emotion-disgust = Ekel
emotion-fear = Angst
emotion-happy = Freude
emotion-sad = Trauer
emotion-surprise = Überraschung
emotion-neutral = neutral

## The exported HTML file.
html-title = Mentora-Bericht { $from } – { $to }
html-heading = Dein Mentora-Bericht
html-sub = { $from } – { $to } · Zusammenfassung { $source }
html-key-numbers = Kennzahlen
html-this-period = Dieser Zeitraum
html-period-before = Zeitraum davor ({ $from } – { $to })
html-active-days = Aktive Tage
html-active-of = { $active } von { $days }
html-mean-mood = Mittlere Stimmung im Tagebuch
html-mean-sentiment = Mittleres Sentiment
html-journal-entries = Tagebucheinträge
html-messages = Nachrichten
html-gratitude-days = Tage mit Dankbarkeit
html-mean-sleep = Mittlerer Schlaf
html-breathing = Atemübungen
html-minutes = { $n } Min.
html-streak = Tage in Folge (aktuell / längste Serie)
html-streak-days = { $current } / { $longest } Tage
html-charts = Diagramme
html-voice = Stimme
html-together = Was zusammenhing
html-better-days = Was mit deinen besseren Tagen einhergeht
html-checkins = Fragebögen
html-no-checkins = Keine Fragebögen in diesem Zeitraum.
html-checkin-date = Datum
html-checkin-form = Fragebogen
html-checkin-score = Punkte
html-checkin-band = Stufe
html-no-factors = In diesem Zeitraum wurden keine Aktivitäten, kein Schlaf und keine Atemübungen zusammen mit einer Stimmung eingetragen.
html-factors-intro = Mittlere Stimmung (1–5) an Tagen mit und ohne die jeweilige Sache; ein 95-%-Bootstrap-Intervall für den Unterschied; bei weniger als { $min ->
    [one] { $min } Tag
   *[other] { $min } Tagen
} auf einer Seite wird nichts ausgesagt. Das trat gemeinsam auf; es sind keine Ursachen.
html-factor-with = Mit
html-factor-days = Tage
html-factor-mood-with = Stimmung mit
html-factor-without = Ohne
html-factor-difference = Unterschied
html-factor-interval = 95-%-Intervall
html-interval = { $low } bis { $high }
html-not-enough-days = zu wenige Tage
html-no-voice = Keine Sitzungen mit Stimme in diesem Zeitraum.
html-voice-intro = Der Ton deiner Stimme, wie ihn das Modell auf dem Gerät gelesen hat: etwa 7 von 10 richtig bei Stimmen, die es nie gehört hat, sobald es deine kennt, 6 von 10 davor; nur drei Tonlagen (Wut, Angst, neutral), gelernt von fünf polnischen Männern. Nie Audio: Nur diese Lesungen wurden behalten.
html-voice-date = Datum
html-voice-stretches = Sprachabschnitte
html-voice-mostly = Überwiegend
html-voice-tones = Wut · Angst · neutral
html-voice-tense = Angespannt
html-voice-uncertain = Unsicher
html-voice-by-day = Anspannung pro Tag (Mittel über die Sprache des Tages):
html-voice-day-stretches = Abschnitte
tone-anger = Wut
tone-fear = Angst
tone-neutral = neutral
html-footer = Auf diesem Computer von Mentora erstellt. Schätzungen der Modelle auf dem Gerät können falsch sein; dies ist keine Diagnose.

## The companion's built-in lines.
chat-summary-talked = { $n ->
    [one] Du hast über „{ $topic }“ gesprochen ({ $n } Nachricht).
   *[other] Du hast über „{ $topic }“ gesprochen ({ $n } Nachrichten).
}
chat-summary-hardest = Der schwerste Moment: „{ $quote }“.
chat-summary-brightest = Der schönste Moment: „{ $quote }“.
chat-summary-crisis = In diesem Gespräch wurden Krisenhilfen angezeigt.
chat-summary-heavy = Insgesamt fühlte sich das Gespräch überwiegend schwer an (mittleres Sentiment { $mean }).
chat-summary-positive = Insgesamt fühlte sich das Gespräch überwiegend positiv an (mittleres Sentiment { $mean }).
chat-summary-mixed = Insgesamt fühlte sich das Gespräch gemischt oder ruhig an (mittleres Sentiment { $mean }).
chat-reply-cut = Die Antwort hat ihre Längengrenze erreicht und wurde abgeschnitten.
## Told to the companion (any model) so that it answers in the window's language.
chat-model-language = Antworte immer auf Deutsch, in der Sprache des App-Fensters, außer die Person schreibt dir in einer anderen Sprache.
