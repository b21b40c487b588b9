settings-companion-title = Compagno
settings-companion = Compagno
settings-backend-gemini = Gemini (cloud, la tua chiave)
settings-backend-device = Su questo dispositivo (nulla lascia il computer)
settings-backend-local = Server locale (Ollama, server llama.cpp, LM Studio, Jan su questo computer)
settings-backend-off = Disattivato (i messaggi restano come un diario)
settings-device-hint = Il modello integrato (SmolLM2, 135 M di parametri) è piccolo e veloce, ma le sue risposte sono semplici; un modello più grande risponde meglio.
settings-size-gb = { NUMBER($gb, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } GB
settings-size-mb = { NUMBER($mb, maximumFractionDigits: 0, useGrouping: 0) } MB
settings-speed-unknown = velocità non misurata
settings-speed = { NUMBER($tps, maximumFractionDigits: 0, useGrouping: 0) } token/s qui
settings-llm-status = { $file } · { NUMBER($mb, maximumFractionDigits: 0, useGrouping: 0) } MB · finestra di { NUMBER($ctx, useGrouping: 0) } token · { $loaded ->
    [yes] caricato
   *[other] non caricato
  } · { $calls ->
    [one] { NUMBER($calls, useGrouping: 0) } risposta
   *[other] { NUMBER($calls, useGrouping: 0) } risposte
  }
settings-llm-status-free = { $file } · { NUMBER($mb, maximumFractionDigits: 0, useGrouping: 0) } MB · finestra di { NUMBER($ctx, useGrouping: 0) } token · { $loaded ->
    [yes] caricato
   *[other] non caricato
  } · { $calls ->
    [one] { NUMBER($calls, useGrouping: 0) } risposta
   *[other] { NUMBER($calls, useGrouping: 0) } risposte
  } · { NUMBER($free, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } GB liberi
settings-llm-none = Nessun modello installato sul dispositivo (esegui la configurazione).
settings-llm-model = Modello sul dispositivo
settings-llm-option = { $builtin ->
    [yes] Integrato: { $name }
   *[other] { $name }
  } — { $size }, contesto di { NUMBER($ctx, useGrouping: 0) } token, { $speed }
settings-llm-line = { $id }: { NUMBER($params, maximumFractionDigits: 0, useGrouping: 0) } M di parametri · { $size } · contesto di { NUMBER($ctx, useGrouping: 0) } token · { $speed }
settings-llm-remove = Rimuovi
settings-llm-memory = Questo computer ha { NUMBER($gb, maximumFractionDigits: 0, useGrouping: 0) } GB di memoria.
settings-llm-add-legend = Aggiungi un modello (un file GGUF instruct, da 1 a 8 miliardi di parametri)
settings-llm-source-placeholder = /percorso/del/modello.gguf o https://…
settings-llm-source = File GGUF o indirizzo
settings-sha-placeholder = sha256 (necessario per un indirizzo)
settings-llm-sha = sha256 previsto del GGUF
settings-llm-id-placeholder = id (facoltativo)
settings-llm-id = Id del modello aggiunto
settings-llm-add = Aggiungi
settings-llm-adding = Aggiunta… (viene provato prima di essere tenuto)
settings-progress-of = { NUMBER($done, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } MB di { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } MB
settings-progress = { NUMBER($done, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } MB
settings-llm-threads = Thread (0 = automatico)
settings-llm-ctx = Finestra di contesto (token)
settings-local-url = Indirizzo del server locale (solo questo computer)
settings-local-model = Nome del modello sul server
settings-local-hint = Mentora comunica con il server solo tramite l’indirizzo di loopback di questo computer e non gli invia mai la tua chiave Gemini. Anche la modalità privata lo disattiva: allora risponde solo il modello sul dispositivo.
settings-private = Modalità privata: nulla viene inviato (risponde solo il compagno sul dispositivo; i riepiloghi IA sono locali)
settings-gemini-model = Modello Gemini
settings-gemini-address = Indirizzo Gemini (avanzato)
settings-country = Paese per le linee di crisi
settings-share-journal = Consenti a Gemini di leggere il testo del mio diario quando scrive i riepiloghi dei report
settings-privacy-title = Privacy e blocco
settings-share-health = Invia dati sulla salute a Gemini: punteggi dei questionari, umore, sonno e le letture dell’umore fatte sul dispositivo (contesto della chat e riepiloghi dei report). Disattivato: Gemini vede solo ciò che scrivi, e i report vengono riassunti su questo computer.
settings-names = Persone della mia vita (un nome per riga; sostituiti da segnaposto prima di ogni invio)
settings-autolock = Blocca dopo questi minuti di inattività (0 = mai)
settings-sentiment-model = Modello di analisi del sentiment
settings-theme = Tema
settings-theme-system = Come il sistema
settings-theme-light = Chiaro
settings-theme-dark = Scuro
settings-language = Lingua
settings-language-system = Lingua di sistema
settings-save = Salva impostazioni
settings-saved = Salvato.
settings-key-title = Chiave API Gemini
settings-key-present = Una chiave è salvata nel portachiavi di sistema.
settings-key-none = Nessuna chiave: il compagno funziona solo offline.
settings-key-placeholder = Incolla una nuova chiave
settings-key-label = Chiave API Gemini
settings-key-save = Salva chiave
settings-key-saved = Chiave salvata.
settings-key-test = Prova chiave
settings-key-remove = Rimuovi
settings-key-removed = Chiave rimossa.
settings-camera-title = Fotocamera
settings-camera = Fotocamera per le chat
settings-camera-hint = Puoi vederne l’anteprima nella Diagnostica (Fotocamera live). Si usa solo mentre la accendi in una chat.
settings-camera-none = Nessuna fotocamera trovata. Le funzioni della fotocamera restano spente; tutto il resto funziona.
settings-models-title = Modelli
settings-models-hint = Installa un modello multilingue di analisi del sentiment (un export ONNX del BERT a 5 stelle di nlptown, con il suo tokenizer.json accanto) da un file che scegli, o da un indirizzo https con lo sha256 di entrambi i file.
settings-models-source-placeholder = /percorso/del/modello.onnx o https://…
settings-models-source = Origine del modello
settings-models-id-placeholder = id
settings-models-id = Id del modello
settings-models-sha = sha256 previsto
settings-models-tok-sha-placeholder = sha256 del tokenizer (necessario per un indirizzo)
settings-models-tok-sha = sha256 previsto del tokenizer
settings-models-install = Installa
settings-models-progress = { $file }: { NUMBER($done, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } MB
settings-data-title = I tuoi dati
settings-export = Esporta tutto (JSON)
settings-exported = Salvato in { $path }
settings-delete-label = Elimina questo profilo e tutti i suoi dati: scrivi il suo nome
settings-delete-confirm = Scrivi il nome del profilo per confermare
settings-delete = Elimina tutto
