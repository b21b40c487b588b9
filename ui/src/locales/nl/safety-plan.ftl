# screens/SafetyPlan.svelte
safety-plan-title = Mijn veiligheidsplan
safety-plan-hint = Schrijf het op een goede dag, voor een moeilijke. Het staat bovenaan elke crisiskaart, blijft versleuteld op deze computer en zit in je export. Eén punt per regel.
safety-plan-save = Mijn plan opslaan
safety-plan-saved = Opgeslagen.
safety-plan-lines = Nummers die je nu kunt bellen
