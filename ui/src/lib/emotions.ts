/** Emotion results from the core: ranking, percentages, and face boxes placed over a scaled photo. */

// The IPC types are generated from the Rust types (ui/src/lib/bindings).
import type { EmotionScore } from "./bindings/EmotionScore";
import type { FaceBox } from "./bindings/FaceBox";
import type { FrameAnalysis } from "./bindings/FrameAnalysis";
import type { LiveSample } from "./bindings/LiveSample";
import { decimal, t } from "./i18n.svelte";
export type { EmotionScore, FaceBox, FrameAnalysis, LiveSample };
export type { FaceResult } from "./bindings/FaceResult";

export const LABELS = ["angry", "disgust", "fear", "happy", "sad", "surprise", "neutral"] as const;

/** A label as a person reads it, in the current language (the core's English label when unknown). */
export function emotionLabel(label: string): string {
  return t("emotions-label", { label });
}

/** Scores from most to least likely; ties keep the model's label order. */
export function rankEmotions(scores: EmotionScore[]): EmotionScore[] {
  return scores
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.probability - a.s.probability || a.i - b.i)
    .map(({ s }) => s);
}

/** "42.3%" with one decimal; values outside [0, 1] are clamped. */
export function formatPercent(p: number): string {
  const v = Math.min(1, Math.max(0, Number.isFinite(p) ? p : 0));
  return `${(v * 100).toFixed(1)}%`;
}

/** The same percentage for display, in the current language's number format ("42.3%", "42,3 %"). */
export function showPercent(p: number): string {
  const v = Math.min(1, Math.max(0, Number.isFinite(p) ? p : 0));
  return t("emotions-percent", { percent: decimal(v * 100, 1) });
}

/** The box as percentages of the image, so it stays on the face at any displayed size. */
export function boxToPercent(box: FaceBox, imageWidth: number, imageHeight: number) {
  if (imageWidth <= 0 || imageHeight <= 0) return { left: 0, top: 0, width: 0, height: 0 };
  const clamp = (v: number) => Math.min(100, Math.max(0, v));
  const left = clamp((box.x / imageWidth) * 100);
  const top = clamp((box.y / imageHeight) * 100);
  return {
    left,
    top,
    width: clamp((box.width / imageWidth) * 100 + left) - left,
    height: clamp((box.height / imageHeight) * 100 + top) - top,
  };
}

/** A sentence a person can read: "1 face found", "No face found". */
export function facesSummary(a: FrameAnalysis): string {
  const n = a.faces.length;
  if (n === 0) return t("emotions-no-face");
  return t("emotions-faces-found", { count: n, ms: (a.detect_ms + a.classify_ms).toFixed(0) });
}

/** One analysed camera frame, as the `emotion://sample` event carries it. */

/** The badge text for a live sample: "happy 81% · 2.0 fps" or "No face in view · 2.0 fps". */
export function liveBadge(s: LiveSample): string {
  if (!s.face || !s.probabilities || !s.dominant) return t("emotions-badge-no-face", { fps: decimal(s.fps, 1) });
  const i = LABELS.indexOf(s.dominant as (typeof LABELS)[number]);
  const p = i >= 0 ? s.probabilities[i] : 0;
  return t("emotions-badge", { emotion: emotionLabel(s.dominant), percent: Math.round(p * 100), fps: decimal(s.fps, 1) });
}
