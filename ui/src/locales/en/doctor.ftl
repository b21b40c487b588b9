# System check summary line (lib/doctor.ts)
# $count: how many parts have a problem; $names: those parts' names, comma-separated, as the core reports them (not translated)
doctor-problems = { $count ->
    [one] { $count } problem: { $names }
   *[other] { $count } problems: { $names }
  }
# $count: how many parts have a note (a warning that does not stop anything)
doctor-notes = All essential parts work; { $count ->
    [one] { $count } note.
   *[other] { $count } notes.
  }
doctor-ok = Every component works.
