better-days-title = Cosa accompagna i tuoi giorni migliori
better-days-hint = Gli ultimi 90 giorni ({ $days } con un umore registrato). Umore medio (1–5) nei giorni con e senza ciascuna cosa, e un intervallo al 95% per la differenza. Non si conclude nulla con meno di { $min ->
    [one] { $min } giorno
   *[other] { $min } giorni
} da una delle due parti. Queste cose sono andate di pari passo; non ne sono la causa.
better-days-with = Con
better-days-days = Giorni
better-days-mood-with = Umore con
better-days-without = Senza
better-days-difference = Differenza
better-days-interval = Intervallo al 95%
better-days-range = da { $low } a { $high }
better-days-too-few = giorni ancora insufficienti
better-days-empty = Registra per qualche giorno il tuo umore e cosa hai fatto, e questa tabella si riempirà.
