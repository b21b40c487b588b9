doctor-problems = { $count ->
    [one] { $count } Problem: { $names }
   *[other] { $count } Probleme: { $names }
  }
doctor-notes = Alle wichtigen Teile funktionieren; { $count ->
    [one] { $count } Hinweis.
   *[other] { $count } Hinweise.
  }
doctor-ok = Alle Komponenten funktionieren.
