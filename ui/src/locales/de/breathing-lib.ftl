# lib/breathing.ts
breathing-lib-inhale = Einatmen
breathing-lib-hold = Halten
breathing-lib-exhale = Ausatmen
