settings-companion-title = Compagnon
settings-companion = Compagnon
settings-backend-gemini = Gemini (cloud, votre clé)
settings-backend-device = Sur cet appareil (rien ne quitte l’ordinateur)
settings-backend-local = Serveur local (Ollama, serveur llama.cpp, LM Studio, Jan sur cet ordinateur)
settings-backend-off = Désactivé (les messages sont gardés comme un journal)
settings-device-hint = Le modèle intégré (SmolLM2, 135 M de paramètres) est petit et rapide, mais ses réponses restent simples ; un modèle plus grand répond mieux.
settings-size-gb = { NUMBER($gb, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } Go
settings-size-mb = { NUMBER($mb, maximumFractionDigits: 0, useGrouping: 0) } Mo
settings-speed-unknown = vitesse non mesurée
settings-speed = { NUMBER($tps, maximumFractionDigits: 0, useGrouping: 0) } jetons/s ici
settings-llm-status = { $file } · { NUMBER($mb, maximumFractionDigits: 0, useGrouping: 0) } Mo · fenêtre de { NUMBER($ctx, useGrouping: 0) } jetons · { $loaded ->
    [yes] chargé
   *[other] non chargé
  } · { $calls ->
    [one] { NUMBER($calls, useGrouping: 0) } réponse
   *[other] { NUMBER($calls, useGrouping: 0) } réponses
  }
settings-llm-status-free = { $file } · { NUMBER($mb, maximumFractionDigits: 0, useGrouping: 0) } Mo · fenêtre de { NUMBER($ctx, useGrouping: 0) } jetons · { $loaded ->
    [yes] chargé
   *[other] non chargé
  } · { $calls ->
    [one] { NUMBER($calls, useGrouping: 0) } réponse
   *[other] { NUMBER($calls, useGrouping: 0) } réponses
  } · { NUMBER($free, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } Go libres
settings-llm-none = Aucun modèle n’est installé sur l’appareil (lancez la configuration).
settings-llm-model = Modèle sur l’appareil
settings-llm-option = { $builtin ->
    [yes] Intégré : { $name }
   *[other] { $name }
  } — { $size }, contexte de { NUMBER($ctx, useGrouping: 0) } jetons, { $speed }
settings-llm-line = { $id } : { NUMBER($params, maximumFractionDigits: 0, useGrouping: 0) } M de paramètres · { $size } · contexte de { NUMBER($ctx, useGrouping: 0) } jetons · { $speed }
settings-llm-remove = Supprimer
settings-llm-memory = Cet ordinateur a { NUMBER($gb, maximumFractionDigits: 0, useGrouping: 0) } Go de mémoire.
settings-llm-add-legend = Ajouter un modèle (un fichier GGUF « instruct », 1 à 8 Md de paramètres)
settings-llm-source-placeholder = /chemin/vers/modele.gguf ou https://…
settings-llm-source = Fichier GGUF ou adresse
settings-sha-placeholder = sha256 (requis pour une adresse)
settings-llm-sha = sha256 attendu du fichier GGUF
settings-llm-id-placeholder = identifiant (facultatif)
settings-llm-id = Identifiant du modèle ajouté
settings-llm-add = Ajouter
settings-llm-adding = Ajout… (il est testé avant d’être gardé)
settings-progress-of = { NUMBER($done, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } Mo sur { NUMBER($total, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } Mo
settings-progress = { NUMBER($done, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } Mo
settings-llm-threads = Threads (0 = automatique)
settings-llm-ctx = Fenêtre de contexte (jetons)
settings-local-url = Adresse du serveur local (cet ordinateur uniquement)
settings-local-model = Nom du modèle sur le serveur
settings-local-hint = Mentora communique avec lui uniquement via l’adresse de bouclage de cet ordinateur et ne lui envoie jamais votre clé Gemini. Le mode privé le désactive aussi : seul le modèle sur l’appareil répond alors.
settings-private = Mode privé : rien n’est envoyé nulle part (seul le compagnon sur l’appareil répond ; les résumés IA sont faits localement)
settings-gemini-model = Modèle Gemini
settings-gemini-address = Adresse Gemini (avancé)
settings-country = Pays pour les lignes d’écoute
settings-share-journal = Autoriser Gemini à lire le texte de mon journal pour rédiger les résumés des rapports
settings-privacy-title = Confidentialité et verrouillage
settings-share-health = Envoyer des données de santé à Gemini : scores des bilans, humeurs, sommeil et mesures d’humeur faites sur l’appareil (contexte des discussions et résumés des rapports). Désactivé : Gemini ne voit que ce que vous écrivez, et les rapports sont résumés sur cet ordinateur.
settings-names = Les personnes de ma vie (un nom par ligne ; remplacés par des espaces réservés avant tout envoi)
settings-autolock = Verrouiller après ce nombre de minutes d’inactivité (0 = jamais)
settings-sentiment-model = Modèle d’analyse des sentiments
settings-theme = Thème
settings-theme-system = Comme le système
settings-theme-light = Clair
settings-theme-dark = Sombre
settings-language = Langue
settings-language-system = Langue du système
settings-save = Enregistrer les réglages
settings-saved = Enregistré.
settings-key-title = Clé d’API Gemini
settings-key-present = Une clé est enregistrée dans le trousseau de votre système.
settings-key-none = Pas de clé : le compagnon fonctionne hors ligne uniquement.
settings-key-placeholder = Collez une nouvelle clé
settings-key-label = Clé d’API Gemini
settings-key-save = Enregistrer la clé
settings-key-saved = Clé enregistrée.
settings-key-test = Tester la clé
settings-key-remove = Supprimer
settings-key-removed = Clé supprimée.
settings-camera-title = Caméra
settings-camera = Caméra pour les discussions
settings-camera-hint = Vous pouvez la prévisualiser dans le Diagnostic (Caméra en direct). Elle n’est utilisée que lorsque vous l’allumez dans une discussion.
settings-camera-none = Aucune caméra trouvée. Les fonctions de caméra restent désactivées ; tout le reste fonctionne.
settings-models-title = Modèles
settings-models-hint = Installez un modèle multilingue d’analyse des sentiments (un export ONNX du BERT 5 étoiles de nlptown, avec son tokenizer.json à côté) depuis un fichier que vous choisissez, ou depuis une adresse https avec le sha256 des deux fichiers.
settings-models-source-placeholder = /chemin/vers/modele.onnx ou https://…
settings-models-source = Source du modèle
settings-models-id-placeholder = identifiant
settings-models-id = Identifiant du modèle
settings-models-sha = sha256 attendu
settings-models-tok-sha-placeholder = sha256 du tokenizer (requis pour une adresse)
settings-models-tok-sha = sha256 attendu du tokenizer
settings-models-install = Installer
settings-models-progress = { $file } : { NUMBER($done, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } Mo
settings-data-title = Vos données
settings-export = Tout exporter (JSON)
settings-exported = Enregistré dans { $path }
settings-delete-label = Supprimer ce profil et toutes ses données : saisissez son nom
settings-delete-confirm = Saisissez le nom du profil pour confirmer
settings-delete = Tout supprimer
