/** Where a guided breathing exercise is at a given second, from the core's phase schedule. */

// The IPC types are generated from the Rust types (ui/src/lib/bindings).
import type { Phase } from "./bindings/Phase";
import type { Step } from "./bindings/Step";
export type { Phase, Step };
import { t } from "./i18n.svelte";

export interface Moment {
  phase: Phase;
  cycle: number;
  /** 0…1 through the current phase. */
  progress: number;
  /** Seconds left in this phase, rounded up. */
  secondsLeft: number;
  /** Circle scale 0.5 (empty) … 1 (full). */
  scale: number;
  done: boolean;
}

/** The phase in words ("Breathe in"), in the current language. */
export function phaseWord(phase: Phase): string {
  switch (phase) {
    case "inhale":
      return t("breathing-lib-inhale");
    case "exhale":
      return t("breathing-lib-exhale");
    case "hold":
    case "hold_empty":
      return t("breathing-lib-hold");
  }
}

export function totalSeconds(steps: Step[]): number {
  const last = steps[steps.length - 1];
  return last ? last.start_s + last.duration_s : 0;
}

export function momentAt(steps: Step[], t: number): Moment {
  const total = totalSeconds(steps);
  if (steps.length === 0 || t >= total) {
    return { phase: "exhale", cycle: steps[steps.length - 1]?.cycle ?? 0, progress: 1, secondsLeft: 0, scale: 0.5, done: true };
  }
  const s = steps.find((x) => t >= x.start_s && t < x.start_s + x.duration_s) ?? steps[0];
  const progress = Math.min(1, Math.max(0, (t - s.start_s) / s.duration_s));
  const scale = s.phase === "inhale" ? 0.5 + 0.5 * progress : s.phase === "hold" ? 1 : s.phase === "exhale" ? 1 - 0.5 * progress : 0.5;
  return { phase: s.phase, cycle: s.cycle, progress, secondsLeft: Math.ceil(s.start_s + s.duration_s - t - 1e-9), scale, done: false };
}
