# lib/range.ts
range-pick-both = Elige las dos fechas.
range-end-before-start = El final es anterior al inicio.
range-in-future = Ese periodo está en el futuro.
