crisis-card-plan = Votre plan de sécurité
crisis-card-safe = Je suis en sécurité — continuer
