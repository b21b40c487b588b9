# lib/safety.ts
safety-warning-signs = Warnsignale
safety-warning-signs-hint = Gedanken, Stimmungen oder Situationen, die einer Krise vorausgehen
safety-coping = Was ich selbst tun kann
safety-coping-hint = Ein Spaziergang, Musik, eine Dusche, eine Atemübung…
safety-distractions = Menschen und Orte, die mich ablenken
safety-distractions-hint = Ein Café, die Küche von Freunden, die Bibliothek…
safety-helpers = Menschen, die ich um Hilfe bitten kann
safety-helpers-hint = Name und Nummer
safety-professionals = Fachleute und Krisentelefone
safety-professionals-hint = Meine Hausarztpraxis, meine Therapie, ein Krisentelefon
safety-safe-environment = Meine Umgebung sicher machen
safety-safe-environment-hint = Was ich wegräume und wer es für mich aufbewahren kann
safety-reasons = Meine Gründe zu leben
safety-reasons-hint = Menschen, Haustiere, Pläne, Orte
