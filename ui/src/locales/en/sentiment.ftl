# A text's sentiment chip (components/Sentiment.svelte)
# $model: the sentiment model's name; $valence: −1…1, already formatted with two decimals
sentiment-title = Local sentiment model { $model }: valence { $valence }
# $label: the core's label (positive, negative or neutral); $stars: 1–5, already formatted with one decimal
sentiment-chip = { $label ->
    [positive] positive
    [negative] negative
    [neutral] neutral
   *[other] { $label }
} · { $stars }/5
sentiment-none = not scored yet
# $emotion: the emotion the text model read, already translated
sentiment-emotion = reads as { $emotion }
sentiment-emotion-title = What the local text model read; it is often wrong (Insights → Affect timeline to correct it)
