doctor-panel-title = Systeemcheck
doctor-panel-ok = OK
doctor-panel-note = Let op
doctor-panel-problem = Probleem
doctor-panel-checking = Bezig met controleren…
doctor-panel-again = Opnieuw controleren
