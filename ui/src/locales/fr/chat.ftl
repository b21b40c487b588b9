chat-default-title = Discussion du { $date }
chat-list-label = Discussions
chat-new = Nouvelle discussion
chat-rename-label = Nouveau titre
chat-rename = Renommer
chat-delete = Supprimer
chat-delete-confirm = Supprimer définitivement ?
chat-title = Compagnon
chat-spark-label = Humeur sur les derniers relevés
chat-camera-on = Allumer la caméra
chat-camera-off = Éteindre la caméra
chat-disclaimer = Un compagnon IA, pas un thérapeute. Si vous êtes en danger, appelez le numéro d’urgence local.
chat-crisis-note = Des ressources d’aide en cas de crise ont été affichées pour ce message ; il n’a pas été envoyé à l’IA.
chat-delete-message-label = Supprimer ce message
chat-empty = Dites-nous comment vous allez. Les messages sont d’abord enregistrés sur cet ordinateur, puis envoyés.
chat-retry = Renvoyer
chat-input-label = Message
chat-input-placeholder = Écrivez un message… (Enter envoie, Shift+Enter pour aller à la ligne)
chat-preview = Aperçu de l’envoi
chat-preview-title = Afficher exactement ce qui serait envoyé
chat-stop = Arrêter
chat-send = Envoyer
chat-preview-label = Ce qui serait envoyé
chat-preview-intro = Voici exactement ce que recevrait : { $receiver }. Les marqueurs de substitution restent dans Mentora.
chat-preview-role = { $role ->
    [user] Vous :
   *[other] Compagnon :
}
chat-preview-nothing = Rien ne serait envoyé : { $reason }
chat-preview-close = Fermer
# Shows or hides the affect timeline of this chat
chat-affect = Ressentis
