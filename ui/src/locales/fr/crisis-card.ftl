crisis-card-plan = Votre plan de sécurité
crisis-card-safe = Je suis en sécurité — continuer
crisis-card-title = Vous n’avez pas à affronter cela sans soutien
crisis-card-message = On dirait que les choses sont vraiment difficiles en ce moment. En parler peut aider : les personnes ci-dessous sont là exactement pour cela, à tout moment. Si vous êtes en danger maintenant, appelez le numéro d’urgence.
crisis-card-concern-title = Vous vous inquiétez pour quelqu’un ?
crisis-card-concern-message = On dirait qu’une personne qui compte pour vous est peut-être en danger. Vous pouvez appeler ces lignes pour savoir comment l’aider, et si elle est en danger maintenant, appelez le numéro d’urgence.
# A helpline's name or description from the core's list that has English words (lib/safety.ts), by $key;
# $fallback: the core's English, for a key this file does not know. Service names, numbers and
# descriptions in a service's own language are shown as they are.
crisis-card-resource = { $key ->
    [emergency-name] Services d’urgence locaux
    [iasp-name] Annuaire des centres de crise de l’IASP
    [emergency-detail] Si vous êtes en danger immédiat, appelez le numéro d’urgence local.
    [iasp-detail] Trouvez une ligne d’écoute dans votre pays.
    [free-confidential] Gratuit, confidentiel, 24 h/24, 7 j/7.
    [free-en-fr] Gratuit, 24 h/24, 7 j/7, en anglais et en français.
    [free] Gratuit, 24 h/24, 7 j/7.
    [support] Soutien en cas de crise 24 h/24, 7 j/7.
    [call-text-988] Appel ou SMS au 988
   *[other] { $fallback }
}
# Two numbers of one line, either of which works ($a, $b: the numbers as the core lists them)
crisis-card-either = { $a } ou { $b }
