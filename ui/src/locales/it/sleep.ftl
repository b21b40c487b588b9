# screens/Sleep.svelte
sleep-title = Sonno
sleep-woke-on = Sveglia il
sleep-went-to-bed = A letto alle
sleep-woke-at = Sveglia alle
sleep-quality = Qualità { $quality }/10
sleep-notes = Note
sleep-save = Registra la notte
sleep-last-30-days = Ultimi 30 giorni
sleep-average = media { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } h
sleep-night = { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } h · qualità { $quality }/10
sleep-empty = Ancora nessuna notte registrata.
