# screens/SafetyPlan.svelte
safety-plan-title = Il mio piano di sicurezza
safety-plan-hint = Scrivilo in una giornata buona, per una difficile. Compare per primo su ogni scheda di crisi, resta cifrato su questo computer ed è incluso nella tua esportazione. Una voce per riga.
safety-plan-save = Salva il mio piano
safety-plan-saved = Salvato.
safety-plan-lines = Numeri che puoi chiamare ora
