# lib/breathing.ts
breathing-lib-inhale = Inspira
breathing-lib-hold = Trattieni
breathing-lib-exhale = Espira
