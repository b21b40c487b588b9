# Propuestas de escritura incluidas (lib/prompts.ts), elegidas por el $id estable del núcleo. El inglés es
# el texto propio del núcleo (src/wellness/prompts.rs). $fallback: el texto del núcleo, que se muestra para
# una propuesta que este archivo aún no conoce.
prompts-title = { $id ->
    [three-good-things] Tres cosas buenas
    [reframe] Mirar un pensamiento de otra forma
    [what-helped] Lo que me ayudó hoy
    [looking-forward] Lo que me hace ilusión
    [worry-sort] Ordenar una preocupación
    [kind-to-myself] Tratarme con cariño
    [body-check] Cómo se siente mi cuerpo
   *[other] { $fallback }
}
# $id y $fallback como arriba
prompts-question = { $id ->
    [three-good-things] ¿Qué tres cosas buenas pasaron hoy, por pequeñas que fueran, y qué papel tuviste tú en ellas?
    [reframe] ¿Te pesa algún pensamiento? Escríbelo y luego míralo desde otro ángulo.
    [what-helped] ¿Qué te ayudó hoy, aunque fuera un poco? Algo que hiciste, alguien, un lugar.
    [looking-forward] ¿Qué es algo que esperas con ilusión, esta semana o más adelante?
    [worry-sort] ¿Hay algo que te preocupa? Sepáralo en lo que puedes cambiar y lo que no.
    [kind-to-myself] ¿Qué le dirías a una persona querida que hubiera tenido un día como el tuyo?
    [body-check] ¿Cómo se siente tu cuerpo ahora mismo: sueño, energía, tensión, hambre?
   *[other] { $fallback }
}
# Los encabezados con los que empieza una entrada nueva, separados por " | " (a cada uno le sigue un espacio
# y un salto de línea en la entrada; un "|" al final significa que la entrada termina con un salto de línea).
# $id como arriba; una propuesta desconocida da "-" y se usan los encabezados del núcleo.
prompts-body = { $id ->
    [three-good-things] 1. | 2. | 3. | Qué hice yo para que pasaran:
    [reframe] Qué pasó: | El pensamiento: | Cuánto me lo creo (0–100): | Qué lo apoya: | Qué lo contradice: | Una forma más amable y equilibrada de verlo: |
    [what-helped] Qué me ayudó: | Por qué creo que me ayudó: | ¿Podría volver a hacerlo mañana?
    [looking-forward] Me hace ilusión: | Qué puedo hacer para que ocurra:
    [worry-sort] La preocupación: | Lo que está en mis manos: | Lo que no: | Un pequeño paso que puedo dar:
    [kind-to-myself] Lo que le diría a una persona querida: |
    [body-check] Sueño: | Energía: | Dónde siento tensión: | Qué necesita mi cuerpo:
   *[other] -
}
