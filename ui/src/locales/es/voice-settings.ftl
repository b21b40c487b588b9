voice-settings-title = Voz
voice-settings-mic = Micrófono
voice-settings-default = El predeterminado del sistema
voice-settings-none = No se encontró ningún micrófono: la voz queda desactivada.
voice-settings-learn = Aprender cómo suena normalmente mi voz (mejores lecturas)
voice-settings-learn-hint = Se guarda en tu perfil cifrado solo como promedios, nunca como sonido. Se usa a partir de 20 fragmentos de habla; lleva { $count }.
voice-settings-forget = Olvidar lo aprendido
voice-settings-file = Leer una grabación (WAV, FLAC, Ogg)
voice-settings-file-hint = El archivo se lee en memoria en este ordenador y no se copia ni se guarda; no se almacena nada de él.
voice-settings-reading = Leyendo…
voice-settings-result-label = Lo que leyó el modelo de voz
voice-settings-summary = { $seconds } s, { $speech } s de habla en { $segments ->
    [one] un fragmento
   *[other] { $segments } fragmentos
}
