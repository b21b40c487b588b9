# screens/Breathing.svelte
breathing-title = Respirazione
breathing-pattern = Tecnica
breathing-pattern-box = Respirazione quadrata 4-4-4-4
breathing-pattern-478 = 4-7-8 (calmante)
breathing-pattern-coherent = Coerente (5,5 respiri/min)
breathing-minutes = Minuti
breathing-start = Inizia
breathing-stop = Ferma
breathing-done = Ben fatto! Sessione di { $minutes } min registrata.
breathing-stopped = Interrotta dopo { $seconds } s; sessione registrata.
breathing-cycle = Ciclo { $cycle }
