# lib/range.ts
range-pick-both = Choisissez les deux dates.
range-end-before-start = La fin est avant le début.
range-in-future = Cette période est dans le futur.
