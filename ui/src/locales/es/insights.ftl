insights-title = Tendencias
insights-period-label = Periodo
insights-preset = { $preset ->
    [week] 7 días
    [month] 30 días
    [year] Año
   *[custom] Personalizado
}
insights-from = Desde
insights-to = Hasta
insights-show = Mostrar
insights-busy = Preparando el informe…
insights-range = { $from } – { $to } · resumen { $source ->
    [gemini] de Gemini, solo a partir de estas cifras
   *[local] escrito en este ordenador
    [device] del modelo de este dispositivo
    [local_server] del modelo de tu servidor local, en este ordenador
}
insights-active-days = días activos
insights-mean-mood = ánimo medio /5
insights-mean-sentiment = sentimiento medio
insights-sleep-hours = horas de sueño
insights-journal-entries = entradas del diario
insights-day-streak = días seguidos
insights-previous = Periodo anterior ({ $from } – { $to }): ánimo { $mood }, sentimiento { $sentiment }, sueño { $sleep } h, { $entries ->
    [one] { $entries } entrada
   *[other] { $entries } entradas
}.
insights-stress = Nivel de estrés según la expresión facial: { $level ->
    [low] bajo
    [moderate] moderado
    [high] alto
   *[other] { $level }
} ({ $samples ->
    [one] { $samples } muestra
   *[other] { $samples } muestras
}).
insights-stress-sustained = Nivel de estrés según la expresión facial: { $level ->
    [low] bajo
    [moderate] moderado
    [high] alto
   *[other] { $level }
} ({ $samples ->
    [one] { $samples } muestra
   *[other] { $samples } muestras
}) — estrés alto y sostenido; prueba el ejercicio de respiración o habla con alguien.
insights-together = Lo que coincidió
insights-export = Exportar como HTML
insights-saved-to = Guardado en { $path }
insights-voice = Voz
insights-voice-day = { $date }: { $segments ->
    [one] un fragmento de habla
   *[other] { $segments } fragmentos de habla
}, tensión { $tense } %
