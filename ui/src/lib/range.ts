/** The insights range picker: presets to from/to local dates (YYYY-MM-DD). */
import { t } from "./i18n.svelte";

export type Preset = "week" | "month" | "year" | "custom";

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

export function presetRange(p: Preset, today: Date, custom?: { from: string; to: string }): { from: string; to: string } {
  const t = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  const back = (days: number) => new Date(t.getFullYear(), t.getMonth(), t.getDate() - days);
  switch (p) {
    case "week":
      return { from: iso(back(6)), to: iso(t) };
    case "month":
      return { from: iso(back(29)), to: iso(t) };
    case "year":
      return { from: iso(back(364)), to: iso(t) };
    case "custom":
      return custom ?? { from: iso(back(6)), to: iso(t) };
  }
}

/** A problem with a custom range, in words, or null. */
export function rangeProblem(from: string, to: string, today: Date): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to)) return t("range-pick-both");
  if (to < from) return t("range-end-before-start");
  if (from > iso(today)) return t("range-in-future");
  return null;
}
