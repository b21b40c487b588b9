doctor-panel-title = Diagnostic
doctor-panel-ok = OK
doctor-panel-note = Note
doctor-panel-problem = Problème
doctor-panel-checking = Vérification…
doctor-panel-again = Vérifier à nouveau
