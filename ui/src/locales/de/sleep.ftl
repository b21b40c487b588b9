# screens/Sleep.svelte
sleep-title = Schlaf
sleep-woke-on = Aufgewacht am
sleep-went-to-bed = Schlafen gegangen um
sleep-woke-at = Aufgewacht um
sleep-quality = Qualität { $quality }/10
sleep-notes = Notizen
sleep-save = Nacht eintragen
sleep-last-30-days = Letzte 30 Tage
sleep-average = Durchschnitt { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } Std.
sleep-night = { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } Std. · Qualität { $quality }/10
sleep-empty = Noch keine Nächte eingetragen.
