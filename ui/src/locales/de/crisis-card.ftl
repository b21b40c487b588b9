crisis-card-plan = Dein Krisenplan
crisis-card-safe = Ich bin in Sicherheit – weiter
