doctor-panel-title = Systemcheck
doctor-panel-ok = OK
doctor-panel-note = Hinweis
doctor-panel-problem = Problem
doctor-panel-checking = Wird geprüft…
doctor-panel-again = Erneut prüfen
