# screens/Breathing.svelte
breathing-title = Atmen
breathing-pattern = Technik
breathing-pattern-box = Box-Atmung 4-4-4-4
breathing-pattern-478 = 4-7-8 (beruhigend)
breathing-pattern-coherent = Kohärent (5,5 Atemzüge/Min.)
breathing-minutes = Minuten
breathing-start = Starten
breathing-stop = Beenden
breathing-done = Gut gemacht: { $minutes } Min. eingetragen.
breathing-stopped = Nach { $seconds } Sek. beendet; eingetragen.
breathing-cycle = Atemzug { $cycle }
