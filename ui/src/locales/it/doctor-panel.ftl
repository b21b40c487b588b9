doctor-panel-title = Diagnostica
doctor-panel-ok = OK
doctor-panel-note = Avviso
doctor-panel-problem = Problema
doctor-panel-checking = Controllo in corso…
doctor-panel-again = Ricontrolla
