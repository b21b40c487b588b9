# screens/SafetyPlan.svelte
safety-plan-title = Mein Krisenplan
safety-plan-hint = Schreib ihn an einem guten Tag, für einen schweren. Er steht auf jeder Krisenkarte ganz oben, bleibt verschlüsselt auf diesem Computer und ist Teil deines Exports. Ein Punkt pro Zeile.
safety-plan-save = Meinen Plan speichern
safety-plan-saved = Gespeichert.
safety-plan-lines = Nummern, die du jetzt anrufen kannst
