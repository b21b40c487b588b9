# Insights screen (screens/Insights.svelte)
insights-title = Insights
insights-period-label = Period
# $preset: the period button (week, month, year, custom)
insights-preset = { $preset ->
    [week] 7 days
    [month] 30 days
    [year] Year
   *[custom] Custom
}
insights-from = From
insights-to = To
insights-show = Show
insights-busy = Making the report…
# $from, $to: the period's first and last day (YYYY-MM-DD); $source: who wrote the summary above
insights-range = { $from } – { $to } · summary { $source ->
    [gemini] by Gemini, from these numbers only
   *[local] written on this computer
    [device] by the model on this device
    [local_server] by your local server's model, on this computer
}
insights-active-days = active days
insights-mean-mood = mean mood /5
insights-mean-sentiment = mean sentiment
insights-sleep-hours = hours of sleep
insights-journal-entries = journal entries
insights-day-streak = day streak
# $from, $to: the previous period's first and last day (YYYY-MM-DD); $mood, $sentiment, $sleep: already formatted numbers or "—"; $entries: journal entries in it
insights-previous = Period before ({ $from } – { $to }): mood { $mood }, sentiment { $sentiment }, sleep { $sleep } h, { $entries } entries.
# $level: the core's stress level (low, moderate, high); $samples: camera samples it comes from
insights-stress = Face-emotion stress level: { $level ->
    [low] low
    [moderate] moderate
    [high] high
   *[other] { $level }
} ({ $samples } samples).
# Same as insights-stress, when the stress stayed high
insights-stress-sustained = Face-emotion stress level: { $level ->
    [low] low
    [moderate] moderate
    [high] high
   *[other] { $level }
} ({ $samples } samples) — sustained high stress; consider the breathing exercise or talking to someone.
insights-together = What went together
insights-export = Export as HTML
# $path: the saved file
insights-saved-to = Saved to { $path }
insights-voice = Voice
# $date: a day; $segments: stretches of speech read; $tense: mean probability of a tense voice, percent
insights-voice-day = { $date }: { $segments ->
    [one] one stretch of speech
   *[other] { $segments } stretches of speech
}, tense { $tense } %
