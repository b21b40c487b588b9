# screens/SafetyPlan.svelte
safety-plan-title = Mon plan de sécurité
safety-plan-hint = Écrivez-le un bon jour, pour un jour difficile. Il s’affiche en premier sur chaque carte de crise, reste chiffré sur cet ordinateur et fait partie de votre export. Un élément par ligne.
safety-plan-save = Enregistrer mon plan
safety-plan-saved = Enregistré.
safety-plan-lines = Numéros à appeler maintenant
