# La línea de emociones (components/AffectTimeline.svelte): lo que leen los modelos y lo que dices tú
affect-title = Línea de emociones
affect-intro = Lo que leyeron la cámara y el modelo de texto, y tu propio ánimo, en una sola línea de tiempo. Elige un punto para ver lo que escribiste junto a lo que leyó el modelo, y corrígelo.
affect-day = Día
affect-empty = Aún no hay lecturas: escribe un mensaje o una entrada, o enciende la cámara.
affect-lane = { $lane ->
    [face] Cámara (modelo)
    [voice] Voz (modelo)
    [text] Lo que escribiste (modelo)
   *[mood] Tu ánimo (tú)
}
affect-point-mood = Tu ánimo { $mood }/5 a las { $time }
affect-point-read = { $kind ->
    [face] Cámara
    [voice] Voz
   *[text] Texto
} a las { $time }: leído como { $emotion }
affect-point-felt = ; sentiste { $felt }
affect-detail-label = Lectura
affect-you-wrote = Escribiste
affect-you-rated = Valoraste
affect-mood-value = ánimo { $mood } de 5
affect-model-read = { $kind ->
    [face] El modelo facial leyó
    [voice] El modelo de voz leyó
   *[text] El modelo de texto leyó
}
affect-valence = valencia { $valence }
affect-you-felt = Dijiste que sentías
affect-undo = Deshacer
affect-how-label = ¿Cómo te sentías?
affect-cancel = Cancelar
affect-not-how = No es así como me sentía
affect-legend = Cada punto es una lectura: las suposiciones de los modelos (cámara, texto) y tu propio ánimo. Un anillo discontinuo marca una lectura que corregiste. Los modelos se equivocan a menudo; lo que cuenta es tu palabra.
# $emotion: the emotion the camera read most, already translated; $count: how many readings
affect-face-lane = Cámara (modelo): sobre todo { $emotion }, { $count ->
    [one] { $count } lectura
   *[other] { $count } lecturas
}
affect-voice-lane = Voz (modelo): sobre todo { $tone }, { $count ->
    [one] { $count } lectura
   *[other] { $count } lecturas
}
