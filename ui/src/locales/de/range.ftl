# lib/range.ts
range-pick-both = Wähle Anfangs- und Enddatum.
range-end-before-start = Das Ende liegt vor dem Anfang.
range-in-future = Dieser Zeitraum liegt in der Zukunft.
