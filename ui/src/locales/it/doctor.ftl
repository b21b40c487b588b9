doctor-problems = { $count ->
    [one] { $count } problema: { $names }
   *[other] { $count } problemi: { $names }
  }
doctor-notes = Tutte le parti essenziali funzionano; { $count ->
    [one] { $count } avviso.
   *[other] { $count } avvisi.
  }
doctor-ok = Tutti i componenti funzionano.
