settings-companion-title = Metgezel
settings-companion = Metgezel
settings-backend-gemini = Gemini (cloud, je eigen sleutel)
settings-backend-device = Op dit apparaat (er verlaat niets de computer)
settings-backend-local = Lokale server (Ollama, llama.cpp-server, LM Studio, Jan op deze computer)
settings-backend-off = Uit (berichten worden bewaard als een dagboek)
settings-device-hint = Het ingebouwde model (SmolLM2, 135 M parameters) is klein en snel, maar antwoordt eenvoudig; een groter model antwoordt beter.
settings-size-gb = { NUMBER($gb, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } GB
settings-size-mb = { NUMBER($mb, maximumFractionDigits: 0, useGrouping: 0) } MB
settings-speed-unknown = snelheid niet gemeten
settings-speed = { NUMBER($tps, maximumFractionDigits: 0, useGrouping: 0) } tokens/s hier
settings-llm-status = { $file } · { NUMBER($mb, maximumFractionDigits: 0, useGrouping: 0) } MB · venster van { NUMBER($ctx, useGrouping: 0) } tokens · { $loaded ->
    [yes] geladen
   *[other] niet geladen
  } · { $calls ->
    [one] { NUMBER($calls, useGrouping: 0) } antwoord
   *[other] { NUMBER($calls, useGrouping: 0) } antwoorden
  }
settings-llm-status-free = { $file } · { NUMBER($mb, maximumFractionDigits: 0, useGrouping: 0) } MB · venster van { NUMBER($ctx, useGrouping: 0) } tokens · { $loaded ->
    [yes] geladen
   *[other] niet geladen
  } · { $calls ->
    [one] { NUMBER($calls, useGrouping: 0) } antwoord
   *[other] { NUMBER($calls, useGrouping: 0) } antwoorden
  } · { NUMBER($free, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } GB vrij
settings-llm-none = Er is geen model op het apparaat geïnstalleerd (voer de installatie uit).
settings-llm-model = Model op het apparaat
settings-llm-option = { $builtin ->
    [yes] Ingebouwd: { $name }
   *[other] { $name }
  } — { $size }, context van { NUMBER($ctx, useGrouping: 0) } tokens, { $speed }
settings-llm-line = { $id }: { NUMBER($params, maximumFractionDigits: 0, useGrouping: 0) } M parameters · { $size } · context van { NUMBER($ctx, useGrouping: 0) } tokens · { $speed }
settings-llm-remove = Verwijderen
settings-llm-memory = Deze computer heeft { NUMBER($gb, maximumFractionDigits: 0, useGrouping: 0) } GB geheugen.
settings-llm-add-legend = Een model toevoegen (een instruct-GGUF-bestand, 1–8 miljard parameters)
settings-llm-source-placeholder = /pad/naar/model.gguf of https://…
settings-llm-source = GGUF-bestand of adres
settings-sha-placeholder = sha256 (nodig voor een adres)
settings-llm-sha = Verwachte sha256 van het GGUF-bestand
settings-llm-id-placeholder = id (optioneel)
settings-llm-id = Id voor het toegevoegde model
settings-llm-add = Toevoegen
settings-llm-adding = Bezig met toevoegen… (het wordt eerst getest)
settings-progress-of = { NUMBER($done, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } MB van { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } MB
settings-progress = { NUMBER($done, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } MB
settings-llm-threads = Threads (0 = automatisch)
settings-llm-ctx = Contextvenster (tokens)
settings-local-url = Adres van de lokale server (alleen deze computer)
settings-local-model = Modelnaam op de server
settings-local-hint = Mentora praat er alleen mee via het loopback-adres van deze computer en stuurt nooit je Gemini-sleutel mee. Ook de privémodus zet hem uit: dan antwoordt alleen het model op het apparaat.
settings-private = Privémodus: er wordt niets verstuurd (alleen de metgezel op het apparaat antwoordt; AI-samenvattingen worden lokaal gemaakt)
settings-gemini-model = Gemini-model
settings-gemini-address = Gemini-adres (geavanceerd)
settings-country = Land voor crisislijnen
settings-share-journal = Gemini mag mijn dagboektekst lezen bij het schrijven van samenvattingen voor rapporten
settings-privacy-title = Privacy en vergrendeling
settings-share-health = Gezondheidsgegevens naar Gemini sturen: check-inscores, stemmingen, slaap en de stemmingsmetingen op het apparaat (chatcontext en samenvattingen in rapporten). Uit: Gemini ziet alleen wat je typt, en rapporten worden op deze computer samengevat.
settings-names = Mensen in mijn leven (één naam per regel; vervangen door plaatsaanduidingen voordat er iets wordt verstuurd)
settings-autolock = Vergrendelen na zoveel minuten inactiviteit (0 = nooit)
settings-sentiment-model = Sentimentmodel
settings-theme = Thema
settings-theme-system = Zoals het systeem
settings-theme-light = Licht
settings-theme-dark = Donker
settings-language = Taal
settings-language-system = Systeemtaal
settings-save = Instellingen opslaan
settings-saved = Opgeslagen.
settings-key-title = Gemini-API-sleutel
settings-key-present = Er is een sleutel opgeslagen in de sleutelbos van je systeem.
settings-key-none = Geen sleutel: de metgezel werkt alleen offline.
settings-key-placeholder = Plak een nieuwe sleutel
settings-key-label = Gemini-API-sleutel
settings-key-save = Sleutel opslaan
settings-key-saved = Sleutel opgeslagen.
settings-key-test = Sleutel testen
settings-key-remove = Verwijderen
settings-key-removed = Sleutel verwijderd.
settings-camera-title = Camera
settings-camera = Camera voor chats
settings-camera-hint = Bekijk een voorbeeld in de Systeemcheck (Livecamera). Hij wordt alleen gebruikt zolang je hem in een chat aanzet.
settings-camera-none = Geen camera gevonden. De camerafuncties blijven uit; al het andere werkt.
settings-models-title = Modellen
settings-models-hint = Installeer een meertalig sentimentmodel (een ONNX-export van de 5-sterren-BERT van nlptown, met de tokenizer.json ernaast) uit een bestand dat je kiest, of van een https-adres met de sha256 van beide bestanden.
settings-models-source-placeholder = /pad/naar/model.onnx of https://…
settings-models-source = Bron van het model
settings-models-id-placeholder = id
settings-models-id = Model-id
settings-models-sha = Verwachte sha256
settings-models-tok-sha-placeholder = sha256 van de tokenizer (nodig voor een adres)
settings-models-tok-sha = Verwachte sha256 van de tokenizer
settings-models-install = Installeren
settings-models-progress = { $file }: { NUMBER($done, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } MB
settings-data-title = Je gegevens
settings-export = Alles exporteren (JSON)
settings-exported = Opgeslagen in { $path }
settings-delete-label = Dit profiel en al zijn gegevens verwijderen: typ de naam
settings-delete-confirm = Typ de profielnaam om te bevestigen
settings-delete = Alles verwijderen
