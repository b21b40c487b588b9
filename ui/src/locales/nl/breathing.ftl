# screens/Breathing.svelte
breathing-title = Ademhaling
breathing-pattern = Techniek
breathing-pattern-box = Box-ademhaling 4-4-4-4
breathing-pattern-478 = 4-7-8 (kalmerend)
breathing-pattern-coherent = Coherent (5,5 ademhalingen/min)
breathing-minutes = Minuten
breathing-start = Starten
breathing-stop = Stoppen
breathing-done = Goed gedaan: { $minutes } min vastgelegd.
breathing-stopped = Gestopt na { $seconds } s; vastgelegd.
breathing-cycle = Ademhaling { $cycle }
