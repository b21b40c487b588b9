## The report (window's Insights and the exported HTML file) and the companion's built-in lines.
## Numbers arrive already formatted for the language (decimal mark); days already written as the language writes them (i18n::date).

## The local summary, sentence by sentence.
report-empty = Nothing was recorded from { $from } to { $to }. Entries, check-ins and chats will show up here.
report-active = From { $from } to { $to } you were active on { $active } of { $days } days.
report-active-mood = From { $from } to { $to } you were active on { $active } of { $days } days, and your journal mood averaged { $mood }/5{ $delta }.
report-delta-up = , up { $amount } from the period before
report-delta-down = , down { $amount } from the period before
report-delta-same = , about the same as the period before
report-counts = You wrote or did: { $list }.
report-count-journal = { $n ->
    [one] { $n } journal entry
   *[other] { $n } journal entries
}
report-count-messages = { $n ->
    [one] { $n } message to the companion
   *[other] { $n } messages to the companion
}
report-count-gratitude = { $n ->
    [one] gratitude on { $n } day
   *[other] gratitude on { $n } days
}
report-count-breathing = { $minutes } minutes of breathing exercises
report-sleep = { $nights ->
    [one] Sleep averaged { $hours } h over { $nights } night{ $delta }.
   *[other] Sleep averaged { $hours } h over { $nights } nights{ $delta }.
}
report-checkin = Your latest check-in ({ $form }, { $date }) scored { $total }: { $band }.
report-streak = You are on a { $n }-day streak.
## Check-in bands (PHQ-9, GAD-7).
band-minimal = minimal
band-mild = mild
band-moderate = moderate
band-moderately-severe = moderately severe
band-severe = severe
## Told to the companion that writes the summary when the window is not in English.
report-model-language = Write the summary in English.

## What went together.
corr-not-enough = Not enough data yet to compare { $what } (at least { $min } of each are needed; there are { $a } and { $b }).
corr-with-n = { $text } (n = { $a } vs { $b }).
corr-sleep-mood = On days after ≥ 7 h of sleep your mood averaged { $x } vs { $y } after shorter nights
corr-sleep-mood-what = sleep and mood
corr-sleep-sentiment = After ≥ 7 h of sleep what you wrote read { $x } on average vs { $y } after shorter nights
corr-sleep-sentiment-what = sleep and the tone of what you wrote
corr-breathing-mood = On days with a breathing exercise your mood averaged { $x } vs { $y } on days without
corr-breathing-mood-what = breathing days and mood
corr-gratitude-mood = On days you noted gratitude your mood averaged { $x } vs { $y } on other days
corr-gratitude-mood-what = gratitude days and mood
## The note when a range reaches past today.
report-note-cut = The range was cut at today ({ $today }); later days have no data yet.

## Who wrote the summary.
source-gemini = by Gemini, from these numbers only
source-local = written on this computer
source-device = by the model on this device
source-local-server = by your local server's model, on this computer

## The charts.
chart-mood = Mood and sentiment by day
chart-emotions = Face emotions by day
chart-sleep = Sleep and next-day mood
chart-pixels = Mood in pixels
chart-sleep-nights = { $title } ({ $n ->
    [one] { $n } night
   *[other] { $n } nights
})
chart-no-mood = No journal moods or scored text in this period
chart-no-camera = The camera was not used in this period (no face emotions)
chart-no-sleep = No nights with a journal mood the next day in this period
chart-no-pixels = No journal moods in this period
chart-mood-axis = 1 = very low · 5 = very good
chart-day = Day
chart-series-mood = Journal mood (1–5)
chart-series-sentiment = Sentiment of what you wrote (as 1–5)
chart-face-share = Share of face samples (%)
chart-hours-slept = Hours slept
chart-next-day-mood = Mood the next day (1–5)
chart-seven-hours = 7 hours
chart-one-night = one night
## A day on an axis: $month is a short month name from chart-months.
chart-date = { $month } { $day }
## Twelve short month names, separated by spaces.
chart-months = Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec
## Monday, Wednesday, Friday and Sunday, short, separated by spaces.
chart-weekdays = Mon Wed Fri Sun
chart-legend-1 = 1 very low
chart-legend-2 = 2 low
chart-legend-3 = 3 okay
chart-legend-4 = 4 good
chart-legend-5 = 5 very good
chart-legend-none = no entry
emotion-angry = angry
emotion-disgust = disgust
emotion-fear = fear
emotion-happy = happy
emotion-sad = sad
emotion-surprise = surprise
emotion-neutral = neutral

## The exported HTML file.
html-title = Mentora report { $from } – { $to }
html-heading = Your Mentora report
html-sub = { $from } – { $to } · summary { $source }
html-key-numbers = Key numbers
html-this-period = This period
html-period-before = Period before ({ $from } – { $to })
html-active-days = Active days
html-active-of = { $active } of { $days }
html-mean-mood = Mean journal mood
html-mean-sentiment = Mean sentiment
html-journal-entries = Journal entries
html-messages = Messages
html-gratitude-days = Gratitude days
html-mean-sleep = Mean sleep
html-breathing = Breathing
html-minutes = { $n } min
html-streak = Streak (current / longest)
html-streak-days = { $current } / { $longest } days
html-charts = Charts
html-voice = Voice
html-together = What went together
html-better-days = What goes with your better days
html-checkins = Check-ins
html-no-checkins = No check-ins in this period.
html-checkin-date = Date
html-checkin-form = Check-in
html-checkin-score = Score
html-checkin-band = Band
html-no-factors = No activities, sleep or breathing logged with a mood in this period.
html-factors-intro = Mean mood (1–5) on days with and without each; a 95 % bootstrap interval for the difference; nothing said below { $min } days on either side. These went together; they are not causes.
html-factor-with = With
html-factor-days = Days
html-factor-mood-with = Mood with
html-factor-without = Without
html-factor-difference = Difference
html-factor-interval = 95 % interval
html-interval = { $low } to { $high }
html-not-enough-days = not enough days
html-no-voice = No voice sessions in this period.
html-voice-intro = The tone of your voice as the on-device model read it: about 7 in 10 right for voices it never heard once it knows yours, 6 in 10 before; three tones only (anger, fear, neutral), learned from five Polish men. Never audio: only these readings were kept.
html-voice-date = Date
html-voice-stretches = Stretches of speech
html-voice-mostly = Mostly
html-voice-tones = Anger · fear · neutral
html-voice-tense = Tense
html-voice-uncertain = Uncertain
html-voice-by-day = Tension by day (mean over the day's speech):
html-voice-day-stretches = Stretches
tone-anger = anger
tone-fear = fear
tone-neutral = neutral
html-footer = Made on this computer by Mentora. Estimates from on-device models can be wrong; this is not a diagnosis.

## The companion's built-in lines.
chat-summary-talked = { $n ->
    [one] You talked about "{ $topic }" ({ $n } message).
   *[other] You talked about "{ $topic }" ({ $n } messages).
}
chat-summary-hardest = The hardest moment: "{ $quote }".
chat-summary-brightest = The brightest moment: "{ $quote }".
chat-summary-crisis = Crisis resources were shown during this conversation.
chat-summary-heavy = Overall the conversation felt mostly heavy (average sentiment { $mean }).
chat-summary-positive = Overall the conversation felt mostly positive (average sentiment { $mean }).
chat-summary-mixed = Overall the conversation felt mixed or calm (average sentiment { $mean }).
chat-reply-cut = The reply reached its length limit and was cut short.
## Told to the companion (any model) so that it answers in the window's language.
chat-model-language = Always answer in English, the language of this app's window, unless the person writes to you in another language.
