crisis-card-plan = Votre plan de sécurité
crisis-card-safe = Je suis en sécurité — continuer
crisis-card-title = Vous n’avez pas à affronter cela sans soutien
crisis-card-message = On dirait que les choses sont vraiment difficiles en ce moment. En parler peut aider : les personnes ci-dessous sont là exactement pour cela, à tout moment. Si vous êtes en danger maintenant, appelez le numéro d’urgence.
crisis-card-concern-title = Vous vous inquiétez pour quelqu’un ?
crisis-card-concern-message = On dirait qu’une personne qui compte pour vous est peut-être en danger. Vous pouvez appeler ces lignes pour savoir comment l’aider, et si elle est en danger maintenant, appelez le numéro d’urgence.
