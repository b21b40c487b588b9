better-days-title = Lo que acompaña a tus mejores días
better-days-hint = Los últimos 90 días ({ $days } con estado de ánimo). Ánimo medio (1–5) en los días con cada cosa y sin ella, y un intervalo del 95 % para la diferencia. No se concluye nada con menos de { $min ->
    [one] { $min } día
   *[other] { $min } días
} en alguno de los dos lados. Estas cosas coincidieron; no son causas.
better-days-with = Con
better-days-days = Días
better-days-mood-with = Ánimo con
better-days-without = Sin
better-days-difference = Diferencia
better-days-interval = Intervalo del 95 %
better-days-range = { $low } a { $high }
better-days-too-few = aún no hay suficientes días
better-days-empty = Registra tu estado de ánimo y lo que hiciste durante unos días, y esta tabla se irá llenando.
