camera-panel-title = Fotocamera in diretta
camera-panel-hint = Con la fotocamera accesa, Mentora legge la tua espressione su questo computer alcune volte al secondo. I fotogrammi restano in memoria e non vengono mai salvati né inviati; si conservano solo i valori delle emozioni.
camera-panel-on = Accendi la fotocamera
camera-panel-off = Spegni la fotocamera
