/** The affect timeline: lanes, positions on the time axis and what a point says. */

import type { AffectPoint } from "./bindings/AffectPoint";

export type Lane = "face" | "voice" | "text" | "mood";
export const LANES: Lane[] = ["face", "voice", "text", "mood"];

/** The lanes to draw: the voice lane only once there is a voice reading (few people turn it on). */
export function lanesFor(points: AffectPoint[]): Lane[] {
  return LANES.filter((l) => l !== "voice" || points.some((p) => p.kind === "voice"));
}

/** Lanes whose points are drawn, not controls (many readings, nothing to correct). */
const DRAWN: Lane[] = ["face", "voice"];

/** Each point's place on the axis, 0–100 (%), from the first to the last point; one point sits in the middle. */
export function positions(points: AffectPoint[]): number[] {
  if (points.length === 0) return [];
  const first = Math.min(...points.map((p) => p.at));
  const last = Math.max(...points.map((p) => p.at));
  const span = last - first;
  return points.map((p) => (span > 0 ? 4 + ((p.at - first) / span) * 92 : 50));
}

/**
 * Moves points of one lane apart so that neighbours are at least `gap` (%) apart, keeping their
 * order and staying within [lo, hi]: a control must not sit on another (24 px targets). When they
 * cannot all fit, they are spaced evenly over the range.
 */
export function spread(xs: number[], gap: number, lo = 2, hi = 98): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const n = order.length;
  const out = new Array<number>(n);
  if (n === 0) return [];
  if ((n - 1) * gap > hi - lo) {
    order.forEach(([, i], k) => (out[i] = n === 1 ? (lo + hi) / 2 : lo + ((hi - lo) * k) / (n - 1)));
    return out;
  }
  const pos = order.map(([x]) => Math.min(hi, Math.max(lo, x)));
  for (let k = 1; k < n; k++) pos[k] = Math.max(pos[k], pos[k - 1] + gap);
  if (pos[n - 1] > hi) {
    pos[n - 1] = hi;
    for (let k = n - 2; k >= 0; k--) pos[k] = Math.min(pos[k], pos[k + 1] - gap);
  }
  order.forEach(([, i], k) => (out[i] = pos[k]));
  return out;
}

/** Positions on the shared axis, moved apart within each lane (face and voice points are drawn, not controls). */
export function layout(points: AffectPoint[], gap: number): number[] {
  const xs = positions(points);
  const out = [...xs];
  for (const lane of LANES) {
    if (DRAWN.includes(lane)) continue;
    const idx = points.map((p, i) => (laneOf(p) === lane ? i : -1)).filter((i) => i >= 0);
    spread(idx.map((i) => xs[i]), gap).forEach((x, k) => (out[idx[k]] = x));
  }
  return out;
}

/** The emotion the face lane shows most, and how many readings it has. */
export function faceSummary(points: AffectPoint[]): { emotion: string | null; count: number } {
  return mostOf(points, "face");
}

/** The tone the voice lane shows most, and how many readings it has. */
export function voiceSummary(points: AffectPoint[]): { emotion: string | null; count: number } {
  return mostOf(points, "voice");
}

function mostOf(points: AffectPoint[], kind: string): { emotion: string | null; count: number } {
  const faces = points.filter((p) => p.kind === kind && p.emotion);
  const counts = new Map<string, number>();
  for (const p of faces) counts.set(p.emotion!, (counts.get(p.emotion!) ?? 0) + 1);
  let best: string | null = null;
  for (const [e, n] of counts) if (best === null || n > counts.get(best)!) best = e;
  return { emotion: best, count: faces.length };
}

/** The lane a point is drawn in. */
export function laneOf(p: AffectPoint): Lane {
  return p.kind === "face" ? "face" : p.kind === "voice" ? "voice" : p.kind === "mood" ? "mood" : "text";
}

/** Whether the person can correct this point in the window (a text reading, not their own mood). */
export function correctable(p: AffectPoint): boolean {
  return p.kind === "text" && !!p.emotion;
}

/** A stable key for a point. */
export function keyOf(p: AffectPoint): string {
  return `${p.kind}:${p.source}:${p.source_id}:${p.at}`;
}

/** Today's local date as YYYY-MM-DD. */
export function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
