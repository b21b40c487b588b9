camera-panel-title = Caméra en direct
camera-panel-hint = Quand la caméra est allumée, Mentora lit votre expression sur cet ordinateur plusieurs fois par seconde. Les images restent en mémoire et ne sont jamais enregistrées ni envoyées ; seules les valeurs d’émotion sont conservées.
camera-panel-on = Allumer la caméra
camera-panel-off = Éteindre la caméra
