crisis-card-plan = Tu plan de seguridad
crisis-card-safe = Estoy a salvo — continuar
crisis-card-title = No tienes que pasar por esto a solas
crisis-card-message = Parece que ahora mismo todo es muy difícil. Hablar con alguien puede ayudar: las personas de abajo están para esto, a cualquier hora. Si estás en peligro ahora, llama al número de emergencias.
crisis-card-concern-title = ¿Te preocupa alguien?
crisis-card-concern-message = Parece que alguien que te importa podría estar en peligro. Puedes llamar a estas líneas para saber cómo ayudarle, y si está en peligro ahora, llama al número de emergencias.
# A helpline's name or description from the core's list that has English words (lib/safety.ts), by $key;
# $fallback: the core's English, for a key this file does not know. Service names, numbers and
# descriptions in a service's own language are shown as they are.
crisis-card-resource = { $key ->
    [emergency-name] Servicios de emergencia locales
    [iasp-name] Directorio de centros de crisis de la IASP
    [emergency-detail] Si estás en peligro inmediato, llama al número de emergencias local.
    [iasp-detail] Encuentra una línea de crisis en tu país.
    [free-confidential] Gratuita, confidencial, 24/7.
    [free-en-fr] Gratuita, 24/7, en inglés y francés.
    [free] Gratuita, 24/7.
    [support] Apoyo en crisis 24/7.
    [call-text-988] Llama o envía un SMS al 988
   *[other] { $fallback }
}
# Two numbers of one line, either of which works ($a, $b: the numbers as the core lists them)
crisis-card-either = { $a } o { $b }
