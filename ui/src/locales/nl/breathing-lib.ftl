# lib/breathing.ts
breathing-lib-inhale = Adem in
breathing-lib-hold = Vasthouden
breathing-lib-exhale = Adem uit
