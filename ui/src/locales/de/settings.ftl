settings-companion-title = Begleiter
settings-companion = Begleiter
settings-backend-gemini = Gemini (Cloud, dein Schlüssel)
settings-backend-device = Auf diesem Gerät (nichts verlässt den Computer)
settings-backend-local = Lokaler Server (Ollama, llama.cpp-Server, LM Studio, Jan auf diesem Computer)
settings-backend-off = Aus (Nachrichten werden wie ein Tagebuch aufbewahrt)
settings-device-hint = Das eingebaute Modell (SmolLM2, 135 Mio. Parameter) ist klein und schnell, antwortet aber einfach; ein größeres Modell antwortet besser.
settings-size-gb = { NUMBER($gb, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } GB
settings-size-mb = { NUMBER($mb, maximumFractionDigits: 0, useGrouping: 0) } MB
settings-speed-unknown = Geschwindigkeit nicht gemessen
settings-speed = { NUMBER($tps, maximumFractionDigits: 0, useGrouping: 0) } Tokens/s hier
settings-llm-status = { $file } · { NUMBER($mb, maximumFractionDigits: 0, useGrouping: 0) } MB · { NUMBER($ctx, useGrouping: 0) }-Token-Fenster · { $loaded ->
    [yes] geladen
   *[other] nicht geladen
  } · { $calls ->
    [one] { NUMBER($calls, useGrouping: 0) } Antwort
   *[other] { NUMBER($calls, useGrouping: 0) } Antworten
  }
settings-llm-status-free = { $file } · { NUMBER($mb, maximumFractionDigits: 0, useGrouping: 0) } MB · { NUMBER($ctx, useGrouping: 0) }-Token-Fenster · { $loaded ->
    [yes] geladen
   *[other] nicht geladen
  } · { $calls ->
    [one] { NUMBER($calls, useGrouping: 0) } Antwort
   *[other] { NUMBER($calls, useGrouping: 0) } Antworten
  } · { NUMBER($free, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } GB frei
settings-llm-none = Es ist kein Modell auf dem Gerät installiert (führe die Einrichtung aus).
settings-llm-model = Modell auf dem Gerät
settings-llm-option = { $builtin ->
    [yes] Eingebaut: { $name }
   *[other] { $name }
  } — { $size }, { NUMBER($ctx, useGrouping: 0) }-Token-Kontext, { $speed }
settings-llm-line = { $id }: { NUMBER($params, maximumFractionDigits: 0, useGrouping: 0) } Mio. Parameter · { $size } · { NUMBER($ctx, useGrouping: 0) }-Token-Kontext · { $speed }
settings-llm-remove = Entfernen
settings-llm-memory = Dieser Computer hat { NUMBER($gb, maximumFractionDigits: 0, useGrouping: 0) } GB Arbeitsspeicher.
settings-llm-add-legend = Modell hinzufügen (eine Instruct-GGUF-Datei, 1–8 Mrd. Parameter)
settings-llm-source-placeholder = /pfad/zu/modell.gguf oder https://…
settings-llm-source = GGUF-Datei oder Adresse
settings-sha-placeholder = sha256 (nötig für eine Adresse)
settings-llm-sha = Erwartete sha256 der GGUF-Datei
settings-llm-id-placeholder = ID (optional)
settings-llm-id = ID für das hinzugefügte Modell
settings-llm-add = Hinzufügen
settings-llm-adding = Wird hinzugefügt… (es wird vor dem Behalten getestet)
settings-progress-of = { NUMBER($done, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } MB von { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } MB
settings-progress = { NUMBER($done, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } MB
settings-llm-threads = Threads (0 = automatisch)
settings-llm-ctx = Kontextfenster (Tokens)
settings-local-url = Adresse des lokalen Servers (nur dieser Computer)
settings-local-model = Modellname auf dem Server
settings-local-hint = Mentora spricht mit ihm nur über die Loopback-Adresse dieses Computers und schickt ihm nie deinen Gemini-Schlüssel. Auch der private Modus schaltet ihn ab: Dann antwortet nur das Modell auf dem Gerät.
settings-private = Privater Modus: Nichts wird irgendwohin gesendet (nur der Begleiter auf dem Gerät antwortet; KI-Zusammenfassungen entstehen lokal)
settings-gemini-model = Gemini-Modell
settings-gemini-address = Gemini-Adresse (für Fortgeschrittene)
settings-country = Land für Krisentelefone
settings-share-journal = Gemini darf meinen Tagebuchtext lesen, wenn es Zusammenfassungen für Berichte schreibt
settings-privacy-title = Privatsphäre und Sperre
settings-share-health = Gesundheitsdaten an Gemini senden: Check-in-Werte, Stimmungen, Schlaf und die Stimmungsmessungen auf dem Gerät (Chat-Kontext und Zusammenfassungen in Berichten). Aus: Gemini sieht nur, was du tippst, und Berichte werden auf diesem Computer zusammengefasst.
settings-names = Menschen in meinem Leben (ein Name pro Zeile; wird vor jedem Senden durch Platzhalter ersetzt)
settings-autolock = Nach so vielen Minuten Inaktivität sperren (0 = nie)
settings-sentiment-model = Stimmungsmodell
settings-theme = Erscheinungsbild
settings-theme-system = Wie das System
settings-theme-light = Hell
settings-theme-dark = Dunkel
settings-language = Sprache
settings-language-system = Systemsprache
settings-save = Einstellungen speichern
settings-saved = Gespeichert.
settings-key-title = Gemini-API-Schlüssel
settings-key-present = Ein Schlüssel ist im Schlüsselbund deines Systems gespeichert.
settings-key-none = Kein Schlüssel: Der Begleiter funktioniert nur offline.
settings-key-placeholder = Neuen Schlüssel einfügen
settings-key-label = Gemini-API-Schlüssel
settings-key-save = Schlüssel speichern
settings-key-saved = Schlüssel gespeichert.
settings-key-test = Schlüssel testen
settings-key-remove = Entfernen
settings-key-removed = Schlüssel entfernt.
settings-camera-title = Kamera
settings-camera = Kamera für Chats
settings-camera-hint = Eine Vorschau siehst du im Systemcheck (Live-Kamera). Sie wird nur verwendet, solange du sie in einem Chat einschaltest.
settings-camera-none = Keine Kamera gefunden. Die Kamerafunktionen bleiben aus; alles andere funktioniert.
settings-models-title = Modelle
settings-models-hint = Installiere ein mehrsprachiges Stimmungsmodell (einen ONNX-Export von nlptowns 5-Sterne-BERT mit der tokenizer.json daneben) aus einer Datei, die du auswählst, oder von einer https-Adresse mit der sha256 beider Dateien.
settings-models-source-placeholder = /pfad/zu/modell.onnx oder https://…
settings-models-source = Modellquelle
settings-models-id-placeholder = ID
settings-models-id = Modell-ID
settings-models-sha = Erwartete sha256
settings-models-tok-sha-placeholder = Tokenizer-sha256 (nötig für eine Adresse)
settings-models-tok-sha = Erwartete sha256 des Tokenizers
settings-models-install = Installieren
settings-models-progress = { $file }: { NUMBER($done, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } MB
settings-data-title = Deine Daten
settings-export = Alles exportieren (JSON)
settings-exported = Gespeichert unter { $path }
settings-delete-label = Dieses Profil mit allen Daten löschen: Gib seinen Namen ein
settings-delete-confirm = Gib zur Bestätigung den Profilnamen ein
settings-delete = Alles löschen
