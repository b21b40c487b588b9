# lib/breathing.ts
breathing-lib-inhale = Inspirez
breathing-lib-hold = Retenez
breathing-lib-exhale = Expirez
