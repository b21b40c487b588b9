# Sleep screen (screens/Sleep.svelte)
sleep-title = Sleep
sleep-woke-on = Woke up on
sleep-went-to-bed = Went to bed
sleep-woke-at = Woke up at
# $quality: the quality chosen on the slider, 1–10
sleep-quality = Quality { $quality }/10
sleep-notes = Notes
sleep-save = Log the night
sleep-last-30-days = Last 30 days
# $hours: mean hours slept over the nights shown (one decimal)
sleep-average = average { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } h
# $hours: hours slept that night (one decimal); $quality: its quality 1–10
sleep-night = { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } h · quality { $quality }/10
sleep-empty = No nights logged yet.
