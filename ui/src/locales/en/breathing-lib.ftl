# The breathing phases, shown large in the circle (lib/breathing.ts)
breathing-lib-inhale = Breathe in
breathing-lib-hold = Hold
breathing-lib-exhale = Breathe out
