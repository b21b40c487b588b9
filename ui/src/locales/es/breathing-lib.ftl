# lib/breathing.ts
breathing-lib-inhale = Inhala
breathing-lib-hold = Mantén
breathing-lib-exhale = Exhala
