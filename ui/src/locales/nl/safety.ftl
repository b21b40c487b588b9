# lib/safety.ts
safety-warning-signs = Waarschuwingssignalen
safety-warning-signs-hint = Gedachten, stemmingen of situaties die aan een crisis voorafgaan
safety-coping = Wat ik zelf kan doen
safety-coping-hint = Een wandeling, muziek, een douche, een ademhalingsoefening…
safety-distractions = Mensen en plekken die me afleiden
safety-distractions-hint = Een café, bij vrienden thuis, de bibliotheek…
safety-helpers = Mensen die ik om hulp kan vragen
safety-helpers-hint = Naam en nummer
safety-professionals = Hulpverleners en crisislijnen
safety-professionals-hint = Mijn huisarts, mijn therapeut, een crisislijn
safety-safe-environment = Mijn omgeving veilig maken
safety-safe-environment-hint = Wat ik wegleg en wie het kan bewaren
safety-reasons = Mijn redenen om te leven
safety-reasons-hint = Mensen, huisdieren, plannen, plekken
