# lib/range.ts
range-pick-both = Kies beide datums.
range-end-before-start = Het einde ligt vóór het begin.
range-in-future = Die periode ligt in de toekomst.
