# Breathing screen (screens/Breathing.svelte)
breathing-title = Breathing
breathing-pattern = Pattern
# The three breathing patterns
breathing-pattern-box = Box 4-4-4-4
breathing-pattern-478 = 4-7-8 (calming)
breathing-pattern-coherent = Coherent (5.5 breaths/min)
breathing-minutes = Minutes
breathing-start = Start
breathing-stop = Stop
# $minutes: whole minutes logged
breathing-done = Well done: { $minutes } min logged.
# $seconds: seconds breathed before stopping (up to 1800; passed as digits without grouping, as before)
breathing-stopped = Stopped after { $seconds } s; logged.
# $cycle: which breath of the exercise this is (1, 2, …)
breathing-cycle = Breath { $cycle }
