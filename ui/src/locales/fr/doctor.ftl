doctor-problems = { $count ->
    [one] { $count } problème : { $names }
   *[other] { $count } problèmes : { $names }
  }
doctor-notes = Tous les éléments essentiels fonctionnent ; { $count ->
    [one] { $count } remarque.
   *[other] { $count } remarques.
  }
doctor-ok = Tous les composants fonctionnent.
