# screens/Sleep.svelte
sleep-title = Slaap
sleep-woke-on = Wakker geworden op
sleep-went-to-bed = Naar bed om
sleep-woke-at = Wakker om
sleep-quality = Kwaliteit { $quality }/10
sleep-notes = Notities
sleep-save = Nacht vastleggen
sleep-last-30-days = Laatste 30 dagen
sleep-average = gemiddeld { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } u
sleep-night = { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } u · kwaliteit { $quality }/10
sleep-empty = Nog geen nachten vastgelegd.
