# Safety plan screen (screens/SafetyPlan.svelte); the section titles are in safety.ftl
safety-plan-title = My safety plan
safety-plan-hint = Write it on a good day, for a hard one. It is shown first on every crisis card, kept encrypted on this computer, and included in your export. One item per line.
safety-plan-save = Save my plan
safety-plan-saved = Saved.
safety-plan-lines = Lines you can call now
