settings-companion-title = Acompañante
settings-companion = Acompañante
settings-backend-gemini = Gemini (en la nube, tu clave)
settings-backend-device = En este dispositivo (nada sale del ordenador)
settings-backend-local = Servidor local (Ollama, servidor llama.cpp, LM Studio, Jan en este ordenador)
settings-backend-off = Desactivado (los mensajes se guardan como un diario)
settings-device-hint = El modelo integrado (SmolLM2, 135 M de parámetros) es pequeño y rápido, pero sus respuestas son sencillas; un modelo más grande responde mejor.
settings-size-gb = { NUMBER($gb, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } GB
settings-size-mb = { NUMBER($mb, maximumFractionDigits: 0, useGrouping: 0) } MB
settings-speed-unknown = velocidad no medida
settings-speed = { NUMBER($tps, maximumFractionDigits: 0, useGrouping: 0) } tokens/s aquí
settings-llm-status = { $file } · { NUMBER($mb, maximumFractionDigits: 0, useGrouping: 0) } MB · ventana de { NUMBER($ctx, useGrouping: 0) } tokens · { $loaded ->
    [yes] cargado
   *[other] no cargado
  } · { $calls ->
    [one] { NUMBER($calls, useGrouping: 0) } respuesta
   *[other] { NUMBER($calls, useGrouping: 0) } respuestas
  }
settings-llm-status-free = { $file } · { NUMBER($mb, maximumFractionDigits: 0, useGrouping: 0) } MB · ventana de { NUMBER($ctx, useGrouping: 0) } tokens · { $loaded ->
    [yes] cargado
   *[other] no cargado
  } · { $calls ->
    [one] { NUMBER($calls, useGrouping: 0) } respuesta
   *[other] { NUMBER($calls, useGrouping: 0) } respuestas
  } · { NUMBER($free, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } GB libres
settings-llm-none = No hay ningún modelo instalado en el dispositivo (ejecuta la configuración).
settings-llm-model = Modelo en el dispositivo
settings-llm-option = { $builtin ->
    [yes] Integrado: { $name }
   *[other] { $name }
  } — { $size }, contexto de { NUMBER($ctx, useGrouping: 0) } tokens, { $speed }
settings-llm-line = { $id }: { NUMBER($params, maximumFractionDigits: 0, useGrouping: 0) } M de parámetros · { $size } · contexto de { NUMBER($ctx, useGrouping: 0) } tokens · { $speed }
settings-llm-remove = Quitar
settings-llm-memory = Este ordenador tiene { NUMBER($gb, maximumFractionDigits: 0, useGrouping: 0) } GB de memoria.
settings-llm-add-legend = Añadir un modelo (un archivo GGUF de tipo instruct, de 1 a 8 mil millones de parámetros)
settings-llm-source-placeholder = /ruta/al/modelo.gguf o https://…
settings-llm-source = Archivo GGUF o dirección
settings-sha-placeholder = sha256 (necesario para una dirección)
settings-llm-sha = sha256 esperado del GGUF
settings-llm-id-placeholder = id (opcional)
settings-llm-id = Id del modelo añadido
settings-llm-add = Añadir
settings-llm-adding = Añadiendo… (se prueba antes de conservarlo)
settings-progress-of = { NUMBER($done, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } MB de { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } MB
settings-progress = { NUMBER($done, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } MB
settings-llm-threads = Hilos (0 = automático)
settings-llm-ctx = Ventana de contexto (tokens)
settings-local-url = Dirección del servidor local (solo este ordenador)
settings-local-model = Nombre del modelo en el servidor
settings-local-hint = Mentora se comunica con él solo a través de la dirección de bucle local de este ordenador y nunca le envía tu clave de Gemini. El modo privado también lo desactiva: entonces solo responde el modelo del dispositivo.
settings-private = Modo privado: no se envía nada a ningún sitio (solo responde el acompañante del dispositivo; los resúmenes de IA se hacen aquí)
settings-gemini-model = Modelo de Gemini
settings-gemini-address = Dirección de Gemini (avanzado)
settings-country = País para las líneas de crisis
settings-share-journal = Dejar que Gemini lea el texto de mi diario cuando escribe los resúmenes de los informes
settings-privacy-title = Privacidad y bloqueo
settings-share-health = Enviar datos de salud a Gemini: puntuaciones de los cuestionarios, estados de ánimo, sueño y las lecturas de ánimo del dispositivo (contexto del chat y resúmenes de informes). Desactivado: Gemini solo ve lo que escribes, y los informes se resumen en este ordenador.
settings-names = Personas de mi vida (un nombre por línea; se sustituyen por marcadores antes de enviar nada)
settings-autolock = Bloquear tras estos minutos de inactividad (0 = nunca)
settings-sentiment-model = Modelo de análisis de sentimiento
settings-theme = Tema
settings-theme-system = Como el sistema
settings-theme-light = Claro
settings-theme-dark = Oscuro
settings-language = Idioma
settings-language-system = Idioma del sistema
settings-save = Guardar ajustes
settings-saved = Guardado.
settings-key-title = Clave de API de Gemini
settings-key-present = Hay una clave guardada en el llavero del sistema.
settings-key-none = Sin clave: el acompañante solo funciona sin conexión.
settings-key-placeholder = Pega una clave nueva
settings-key-label = Clave de API de Gemini
settings-key-save = Guardar clave
settings-key-saved = Clave guardada.
settings-key-test = Probar clave
settings-key-remove = Quitar
settings-key-removed = Clave eliminada.
settings-camera-title = Cámara
settings-camera = Cámara para los chats
settings-camera-hint = Puedes verla en el Diagnóstico (Cámara en vivo). Solo se usa mientras la enciendes en un chat.
settings-camera-none = No se encontró ninguna cámara. Las funciones de cámara siguen desactivadas; todo lo demás funciona.
settings-models-title = Modelos
settings-models-hint = Instala un modelo multilingüe de análisis de sentimiento (una exportación ONNX del BERT de 5 estrellas de nlptown, con su tokenizer.json al lado) desde un archivo que elijas, o desde una dirección https con el sha256 de ambos archivos.
settings-models-source-placeholder = /ruta/al/modelo.onnx o https://…
settings-models-source = Origen del modelo
settings-models-id-placeholder = id
settings-models-id = Id del modelo
settings-models-sha = sha256 esperado
settings-models-tok-sha-placeholder = sha256 del tokenizador (necesario para una dirección)
settings-models-tok-sha = sha256 esperado del tokenizador
settings-models-install = Instalar
settings-models-progress = { $file }: { NUMBER($done, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } MB
settings-data-title = Tus datos
settings-export = Exportar todo (JSON)
settings-exported = Guardado en { $path }
settings-delete-label = Eliminar este perfil y todos sus datos: escribe su nombre
settings-delete-confirm = Escribe el nombre del perfil para confirmar
settings-delete = Eliminar todo
