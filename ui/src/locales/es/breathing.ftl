# screens/Breathing.svelte
breathing-title = Respiración
breathing-pattern = Técnica
breathing-pattern-box = Respiración cuadrada 4-4-4-4
breathing-pattern-478 = 4-7-8 (relajante)
breathing-pattern-coherent = Coherente (5,5 respiraciones/min)
breathing-minutes = Minutos
breathing-start = Empezar
breathing-stop = Parar
breathing-done = ¡Bien hecho! Sesión de { $minutes } min registrada.
breathing-stopped = Detenida a los { $seconds } s; sesión registrada.
breathing-cycle = Ciclo { $cycle }
