/** The voice panel's words and numbers: a reading's top tone and a short line for the live badge. */

import type { SegmentReading } from "./bindings/SegmentReading";

/** The tones a reading can be. */
export const TONES = ["anger", "fear", "neutral", "uncertain"] as const;

/** The most likely tone's probability (0–1). */
export function topProbability(r: SegmentReading): number {
  return r.probabilities.reduce((m, p) => Math.max(m, p.probability), 0);
}

/** Whole percent, 0–100. */
export function percent(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100);
}

/** Keeps the last `n` readings (the live strip). */
export function keepLast<T>(list: T[], item: T, n = 12): T[] {
  return [...list, item].slice(-n);
}
