# lib/safety.ts
safety-warning-signs = Signes d’alerte
safety-warning-signs-hint = Pensées, humeurs ou situations qui précèdent une crise
safety-coping = Ce que je peux faire par moi-même
safety-coping-hint = Une promenade, de la musique, une douche, un exercice de respiration…
safety-distractions = Des personnes et des lieux qui me changent les idées
safety-distractions-hint = Un café, chez des amis, la bibliothèque…
safety-helpers = Les personnes à qui demander de l’aide
safety-helpers-hint = Nom et numéro
safety-professionals = Professionnels et lignes d’écoute
safety-professionals-hint = Médecin traitant, psychothérapeute, ligne d’écoute
safety-safe-environment = Sécuriser mon environnement
safety-safe-environment-hint = Ce qu’il faut mettre de côté, et qui peut le garder
safety-reasons = Mes raisons de vivre
safety-reasons-hint = Des personnes, des animaux, des projets, des lieux
