crisis-card-plan = Tu plan de seguridad
crisis-card-safe = Estoy a salvo — continuar
crisis-card-title = No tienes que pasar por esto a solas
crisis-card-message = Parece que ahora mismo todo es muy difícil. Hablar con alguien puede ayudar: las personas de abajo están para esto, a cualquier hora. Si estás en peligro ahora, llama al número de emergencias.
crisis-card-concern-title = ¿Te preocupa alguien?
crisis-card-concern-message = Parece que alguien que te importa podría estar en peligro. Puedes llamar a estas líneas para saber cómo ayudarle, y si está en peligro ahora, llama al número de emergencias.
