crisis-card-plan = Tu plan de seguridad
crisis-card-safe = Estoy a salvo — continuar
