# screens/Sleep.svelte
sleep-title = Sueño
sleep-woke-on = Me desperté el
sleep-went-to-bed = Me acosté a las
sleep-woke-at = Me desperté a las
sleep-quality = Calidad { $quality }/10
sleep-notes = Notas
sleep-save = Registrar la noche
sleep-last-30-days = Últimos 30 días
sleep-average = media de { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } h
sleep-night = { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } h · calidad { $quality }/10
sleep-empty = Aún no hay noches registradas.
