doctor-problems = { $count ->
    [one] { $count } probleem: { $names }
   *[other] { $count } problemen: { $names }
  }
doctor-notes = Alle essentiële onderdelen werken; { $count ->
    [one] { $count } opmerking.
   *[other] { $count } opmerkingen.
  }
doctor-ok = Alle onderdelen werken.
