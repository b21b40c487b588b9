crisis-card-plan = Il tuo piano di sicurezza
crisis-card-safe = Sono al sicuro — continua
