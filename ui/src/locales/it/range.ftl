# lib/range.ts
range-pick-both = Scegli entrambe le date.
range-end-before-start = La fine è prima dell’inizio.
range-in-future = Questo periodo è nel futuro.
