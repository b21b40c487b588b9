# Check-in screen (screens/Checkin.svelte)
checkin-title = Check-ins
checkin-kind-phq9 = PHQ-9 (mood)
checkin-kind-gad7 = GAD-7 (anxiety)
# Shown only when the window is not in English: the questionnaire stays in its published English wording.
checkin-english-note = The questions are shown in their original English wording: only validated translations of these questionnaires may be used.
# The questionnaire's own instruction. It stays in English in EVERY language, like the items and answers
# that come from the core: only a validated, published translation of PHQ-9 / GAD-7 may replace it.
checkin-stem = Over the last 2 weeks, how often have you been bothered by…
checkin-note = Anything you want to add, in your own words (optional)
# $total: the score so far; $items: the numbers of the unanswered questions, e.g. "3, 7"
checkin-running-open = Running total { $total } · unanswered: { $items }
# $total: the score so far
checkin-running-done = Running total { $total } · all answered
checkin-submit = See my result
# $form: "PHQ-9" or "GAD-7"; $total: the score; $max: the highest possible score (27 or 21)
checkin-score = { $form }: score { $total } of { $max }
# $band: the severity band from the published manual (the core's word, spaces as hyphens)
checkin-severity = { $band ->
    [minimal] minimal
    [mild] mild
    [moderate] moderate
    [moderately-severe] moderately severe
    [severe] severe
   *[other] { $band }
}
checkin-bands-phq9 = Bands from the published manual: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe.
checkin-bands-gad7 = Bands from the published manual: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe.
