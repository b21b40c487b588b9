# screens/Breathing.svelte
breathing-title = Respiration
breathing-pattern = Technique
breathing-pattern-box = Respiration carrée 4-4-4-4
breathing-pattern-478 = 4-7-8 (apaisante)
breathing-pattern-coherent = Cohérence cardiaque (5,5 respirations/min)
breathing-minutes = Minutes
breathing-start = Commencer
breathing-stop = Arrêter
breathing-done = Bravo ! Séance de { $minutes } min enregistrée.
breathing-stopped = Arrêt après { $seconds } s ; séance enregistrée.
breathing-cycle = Cycle { $cycle }
