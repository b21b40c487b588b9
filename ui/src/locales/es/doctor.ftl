doctor-problems = { $count ->
    [one] { $count } problema: { $names }
   *[other] { $count } problemas: { $names }
  }
doctor-notes = Todas las partes esenciales funcionan; { $count ->
    [one] { $count } aviso.
   *[other] { $count } avisos.
  }
doctor-ok = Todos los componentes funcionan.
