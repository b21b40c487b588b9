## The report (window's Insights and the exported HTML file) and the companion's built-in lines.
## Numbers arrive already formatted for the language (decimal mark); days already written as the language writes them (i18n::date).

## The local summary, sentence by sentence.
report-empty = No se registró nada del { $from } al { $to }. Las entradas, los cuestionarios y los chats aparecerán aquí.
report-active = Del { $from } al { $to } tuviste actividad en { $active } de { $days } días.
report-active-mood = Del { $from } al { $to } tuviste actividad en { $active } de { $days } días, y tu ánimo medio en el diario fue de { $mood }/5{ $delta }.
report-delta-up = , { $amount } más que en el periodo anterior
report-delta-down = , { $amount } menos que en el periodo anterior
report-delta-same = , más o menos igual que en el periodo anterior
report-counts = Esto es lo que escribiste o hiciste: { $list }.
report-count-journal = { $n ->
    [one] { $n } entrada del diario
   *[other] { $n } entradas del diario
}
report-count-messages = { $n ->
    [one] { $n } mensaje al acompañante
   *[other] { $n } mensajes al acompañante
}
report-count-gratitude = { $n ->
    [one] gratitud en { $n } día
   *[other] gratitud en { $n } días
}
report-count-breathing = { $minutes } minutos de ejercicios de respiración
report-sleep = { $nights ->
    [one] Dormiste una media de { $hours } h en { $nights } noche{ $delta }.
   *[other] Dormiste una media de { $hours } h en { $nights } noches{ $delta }.
}
report-checkin = Tu último cuestionario ({ $form }, { $date }) dio una puntuación de { $total }: { $band }.
report-streak = Llevas { $n } días seguidos.
## Check-in bands (PHQ-9, GAD-7).
band-minimal = mínimo
band-mild = leve
band-moderate = moderado
band-moderately-severe = moderadamente grave
band-severe = grave
## Told to the companion that writes the summary when the window is not in English.
report-model-language = Escribe el resumen en español.

## What went together.
corr-not-enough = Aún no hay datos suficientes para comparar { $what } (se necesitan al menos { $min } de cada lado; hay { $a } y { $b }).
corr-with-n = { $text } (n = { $a } frente a { $b }).
corr-sleep-mood = Los días después de dormir ≥ 7 h tu ánimo medio fue de { $x }, frente a { $y } tras noches más cortas
corr-sleep-mood-what = el sueño y el ánimo
corr-sleep-sentiment = Después de dormir ≥ 7 h, lo que escribiste tuvo de media un sentimiento de { $x }, frente a { $y } tras noches más cortas
corr-sleep-sentiment-what = el sueño y el tono de lo que escribiste
corr-breathing-mood = Los días con un ejercicio de respiración tu ánimo medio fue de { $x }, frente a { $y } los días sin él
corr-breathing-mood-what = los días de respiración y el ánimo
corr-gratitude-mood = Los días en que anotaste gratitud tu ánimo medio fue de { $x }, frente a { $y } el resto de los días
corr-gratitude-mood-what = los días de gratitud y el ánimo
## The note when a range reaches past today.
report-note-cut = El periodo se cortó en el día de hoy ({ $today }); los días posteriores aún no tienen datos.

## Who wrote the summary.
source-gemini = de Gemini, solo a partir de estas cifras
source-local = escrito en este ordenador
source-device = del modelo de este dispositivo
source-local-server = del modelo de tu servidor local, en este ordenador

## The charts.
chart-mood = Ánimo y sentimiento por día
chart-emotions = Emociones faciales por día
chart-sleep = Sueño y ánimo del día siguiente
chart-pixels = El ánimo en píxeles
chart-sleep-nights = { $title } ({ $n ->
    [one] { $n } noche
   *[other] { $n } noches
})
chart-no-mood = No hay estados de ánimo del diario ni textos analizados en este periodo
chart-no-camera = La cámara no se usó en este periodo (sin emociones faciales)
chart-no-sleep = No hay noches con un estado de ánimo del diario al día siguiente en este periodo
chart-no-pixels = No hay estados de ánimo del diario en este periodo
chart-mood-axis = 1 = muy mal · 5 = muy bien
chart-day = Día
chart-series-mood = Ánimo del diario (1–5)
chart-series-sentiment = Sentimiento de lo que escribiste (en escala 1–5)
chart-face-share = Proporción de muestras faciales (%)
chart-hours-slept = Horas dormidas
chart-next-day-mood = Ánimo al día siguiente (1–5)
chart-seven-hours = 7 horas
chart-one-night = una noche
## A day on an axis: $month is a short month name from chart-months.
chart-date = { $day } { $month }
## Twelve short month names, separated by spaces.
chart-months = ene feb mar abr may jun jul ago sept oct nov dic
## Monday, Wednesday, Friday and Sunday, short, separated by spaces.
chart-weekdays = lun mié vie dom
chart-legend-1 = 1 muy mal
chart-legend-2 = 2 mal
chart-legend-3 = 3 normal
chart-legend-4 = 4 bien
chart-legend-5 = 5 muy bien
chart-legend-none = sin registro
emotion-angry = enfado
emotion-disgust = asco
emotion-fear = miedo
emotion-happy = alegría
emotion-sad = tristeza
emotion-surprise = sorpresa
emotion-neutral = neutral

## The exported HTML file.
html-title = Informe de Mentora { $from } – { $to }
html-heading = Tu informe de Mentora
html-sub = { $from } – { $to } · resumen { $source }
html-key-numbers = Cifras clave
html-this-period = Este periodo
html-period-before = Periodo anterior ({ $from } – { $to })
html-active-days = Días activos
html-active-of = { $active } de { $days }
html-mean-mood = Ánimo medio del diario
html-mean-sentiment = Sentimiento medio
html-journal-entries = Entradas del diario
html-messages = Mensajes
html-gratitude-days = Días de gratitud
html-mean-sleep = Sueño medio
html-breathing = Respiración
html-minutes = { $n } min
html-streak = Racha (actual / mejor)
html-streak-days = { $current } / { $longest } días
html-charts = Gráficos
html-voice = Voz
html-together = Lo que coincidió
html-better-days = Lo que acompaña a tus mejores días
html-checkins = Cuestionarios
html-no-checkins = No hay cuestionarios en este periodo.
html-checkin-date = Fecha
html-checkin-form = Cuestionario
html-checkin-score = Puntuación
html-checkin-band = Rango
html-no-factors = En este periodo no se registraron actividades, sueño ni respiración junto con un estado de ánimo.
html-factors-intro = Ánimo medio (1–5) en los días con cada cosa y sin ella; un intervalo bootstrap del 95 % para la diferencia; no se concluye nada con menos de { $min ->
    [one] { $min } día
   *[other] { $min } días
} en alguno de los dos lados. Estas cosas coincidieron; no son causas.
html-factor-with = Con
html-factor-days = Días
html-factor-mood-with = Ánimo con
html-factor-without = Sin
html-factor-difference = Diferencia
html-factor-interval = Intervalo del 95 %
html-interval = { $low } a { $high }
html-not-enough-days = no hay suficientes días
html-no-voice = No hay sesiones de voz en este periodo.
html-voice-intro = El tono de tu voz según lo leyó el modelo del dispositivo: acierta unas 7 de cada 10 con voces que nunca oyó una vez que conoce la tuya, 6 de cada 10 antes; solo tres tonos (enfado, miedo, neutral), aprendidos de cinco hombres polacos. Nunca audio: solo se guardaron estas lecturas.
html-voice-date = Fecha
html-voice-stretches = Fragmentos de habla
html-voice-mostly = Predominante
html-voice-tones = Enfado · miedo · neutral
html-voice-tense = Tensión
html-voice-uncertain = Incierto
html-voice-by-day = Tensión por día (media del habla del día):
html-voice-day-stretches = Fragmentos
tone-anger = enfado
tone-fear = miedo
tone-neutral = neutral
html-footer = Creado en este ordenador por Mentora. Las estimaciones de los modelos del dispositivo pueden equivocarse; esto no es un diagnóstico.

## The companion's built-in lines.
chat-summary-talked = { $n ->
    [one] Hablaste de «{ $topic }» ({ $n } mensaje).
   *[other] Hablaste de «{ $topic }» ({ $n } mensajes).
}
chat-summary-hardest = El momento más difícil: «{ $quote }».
chat-summary-brightest = El momento más luminoso: «{ $quote }».
chat-summary-crisis = Durante esta conversación se mostraron recursos de ayuda en crisis.
chat-summary-heavy = En conjunto, la conversación se sintió sobre todo pesada (sentimiento medio { $mean }).
chat-summary-positive = En conjunto, la conversación se sintió sobre todo positiva (sentimiento medio { $mean }).
chat-summary-mixed = En conjunto, la conversación se sintió variada o tranquila (sentimiento medio { $mean }).
chat-reply-cut = La respuesta alcanzó su límite de longitud y se cortó.
## Told to the companion (any model) so that it answers in the window's language.
chat-model-language = Responde siempre en español, el idioma de la ventana de la aplicación, salvo que la persona te escriba en otro idioma.
