doctor-panel-title = Diagnóstico
doctor-panel-ok = OK
doctor-panel-note = Aviso
doctor-panel-problem = Problema
doctor-panel-checking = Comprobando…
doctor-panel-again = Comprobar de nuevo
