# Settings screen (screens/Settings.svelte)
settings-companion-title = Companion
settings-companion = Companion
settings-backend-gemini = Gemini (cloud, your key)
settings-backend-device = On this device (nothing leaves the computer)
settings-backend-local = Local server (Ollama, llama.cpp server, LM Studio, Jan on this computer)
settings-backend-off = Off (messages are kept like a journal)
settings-device-hint = The built-in model (SmolLM2, 135 M parameters) is small and fast but its answers are simple; a larger model answers better.
# Sizes of model files. $gb: gigabytes (one decimal); $mb: megabytes (no decimals)
settings-size-gb = { NUMBER($gb, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } GB
settings-size-mb = { NUMBER($mb, maximumFractionDigits: 0, useGrouping: 0) } MB
settings-speed-unknown = speed not measured
# $tps: tokens per second the model produced on this computer
settings-speed = { NUMBER($tps, maximumFractionDigits: 0, useGrouping: 0) } tokens/s here
# The on-device model's status. $file: its file name; $mb: its size in megabytes; $ctx: its context window in tokens;
# $loaded: "yes" when it is loaded in memory, "no" otherwise; $calls: how many answers it gave
settings-llm-status = { $file } · { NUMBER($mb, maximumFractionDigits: 0, useGrouping: 0) } MB · { NUMBER($ctx, useGrouping: 0) }-token window · { $loaded ->
    [yes] loaded
   *[other] not loaded
  } · { $calls ->
    [one] { NUMBER($calls, useGrouping: 0) } answer
   *[other] { NUMBER($calls, useGrouping: 0) } answers
  }
# As settings-llm-status, plus $free: free memory in gigabytes
settings-llm-status-free = { $file } · { NUMBER($mb, maximumFractionDigits: 0, useGrouping: 0) } MB · { NUMBER($ctx, useGrouping: 0) }-token window · { $loaded ->
    [yes] loaded
   *[other] not loaded
  } · { $calls ->
    [one] { NUMBER($calls, useGrouping: 0) } answer
   *[other] { NUMBER($calls, useGrouping: 0) } answers
  } · { NUMBER($free, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } GB free
settings-llm-none = No on-device model is installed (run the set-up).
settings-llm-model = On-device model
# One choice in the model list. $builtin: "yes" for the model that comes with Mentora; $name: the model's name;
# $size: its size, already worded ("1.1 GB"); $ctx: the context it was trained on, in tokens; $speed: settings-speed or settings-speed-unknown
settings-llm-option = { $builtin ->
    [yes] Built in: { $name }
   *[other] { $name }
  } — { $size }, { NUMBER($ctx, useGrouping: 0) }-token context, { $speed }
# One installed model. $id: its id; $params: millions of parameters; $size: its size, already worded; $ctx: context in tokens; $speed: as in settings-llm-option
settings-llm-line = { $id }: { NUMBER($params, maximumFractionDigits: 0, useGrouping: 0) } M parameters · { $size } · { NUMBER($ctx, useGrouping: 0) }-token context · { $speed }
settings-llm-remove = Remove
# $gb: this computer's memory in gigabytes; the core's recommendation (not translated) follows
settings-llm-memory = This computer has { NUMBER($gb, maximumFractionDigits: 0, useGrouping: 0) } GB of memory.
settings-llm-add-legend = Add a model (an instruct GGUF file, 1–8 B parameters)
settings-llm-source-placeholder = /path/to/model.gguf or https://…
settings-llm-source = GGUF file or address
settings-sha-placeholder = sha256 (needed for an address)
settings-llm-sha = Expected sha256 of the GGUF
settings-llm-id-placeholder = id (optional)
settings-llm-id = Id for the added model
settings-llm-add = Add
settings-llm-adding = Adding… (it is tried before it is kept)
# Download progress in megabytes. $done: downloaded so far; $total: the whole file
settings-progress-of = { NUMBER($done, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } MB of { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } MB
# $done: megabytes downloaded so far (the total is unknown)
settings-progress = { NUMBER($done, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } MB
settings-llm-threads = Threads (0 = automatic)
settings-llm-ctx = Context window (tokens)
settings-local-url = Local server address (this computer only)
settings-local-model = Model name on the server
settings-local-hint = Mentora talks to it over this computer's loopback address only and never sends it your Gemini key. Private mode turns it off too: then only the on-device model answers.
settings-private = Private mode: nothing is sent anywhere (only the on-device companion answers; AI summaries are local)
settings-gemini-model = Gemini model
settings-gemini-address = Gemini address (advanced)
settings-country = Country for crisis lines
settings-share-journal = Let Gemini read my journal text when it writes report summaries
settings-privacy-title = Privacy and lock
settings-share-health = Send health data to Gemini: check-in scores, moods, sleep and the on-device mood readings (chat context and report summaries). Off: Gemini sees only what you type, and reports are summarised on this computer.
settings-names = People in my life (one name per line; replaced by placeholders before anything is sent)
settings-autolock = Lock after this many idle minutes (0 = never)
settings-sentiment-model = Sentiment model
settings-theme = Theme
settings-theme-system = Follow the system
settings-theme-light = Light
settings-theme-dark = Dark
settings-language = Language
# The first choice in the language list (the languages themselves are always shown in their own language)
settings-language-system = System language
settings-save = Save settings
settings-saved = Saved.
settings-key-title = Gemini API key
settings-key-present = A key is stored in your system keyring.
settings-key-none = No key: the companion works offline only.
settings-key-placeholder = Paste a new key
settings-key-label = Gemini API key
settings-key-save = Save key
settings-key-saved = Key saved.
settings-key-test = Test key
settings-key-remove = Remove
settings-key-removed = Key removed.
settings-camera-title = Camera
settings-camera = Camera for chats
settings-camera-hint = Preview it in the System check (Live camera). It is used only while you turn it on in a chat.
settings-camera-none = No camera found. The camera features stay off; everything else works.
settings-models-title = Models
settings-models-hint = Install a multilingual sentiment model (an ONNX export of nlptown's 5-star BERT with its tokenizer.json beside it) from a file you pick, or an https address with the sha256 of both files.
settings-models-source-placeholder = /path/to/model.onnx or https://…
settings-models-source = Model source
settings-models-id-placeholder = id
settings-models-id = Model id
settings-models-sha = Expected sha256
settings-models-tok-sha-placeholder = tokenizer sha256 (needed for an address)
settings-models-tok-sha = Expected tokenizer sha256
settings-models-install = Install
# $file: the file being downloaded; $done: megabytes so far
settings-models-progress = { $file }: { NUMBER($done, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } MB
settings-data-title = Your data
settings-export = Export everything (JSON)
# $path: where the export file was written
settings-exported = Saved to { $path }
settings-delete-label = Delete this profile and all its data: type its name
settings-delete-confirm = Type the profile name to confirm
settings-delete = Delete everything
