# screens/Sleep.svelte
sleep-title = Sommeil
sleep-woke-on = Réveil le
sleep-went-to-bed = Coucher à
sleep-woke-at = Réveil à
sleep-quality = Qualité { $quality }/10
sleep-notes = Notes
sleep-save = Noter la nuit
sleep-last-30-days = 30 derniers jours
sleep-average = moyenne { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } h
sleep-night = { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } h · qualité { $quality }/10
sleep-empty = Aucune nuit notée pour l’instant.
