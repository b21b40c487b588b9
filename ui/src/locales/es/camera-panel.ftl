camera-panel-title = Cámara en directo
camera-panel-hint = Con la cámara encendida, Mentora lee tu expresión en este ordenador varias veces por segundo. Las imágenes se quedan en la memoria y nunca se guardan ni se envían; solo se conservan los valores de emoción.
camera-panel-on = Encender la cámara
camera-panel-off = Apagar la cámara
