/** Pure helpers of the daily loop's screens: mood words and colours, the month grid, the year in pixels. */
import { t } from "./i18n.svelte";

/** The five moods; `word` is read in the current language each time it is shown. */
export const MOODS = [
  { value: 1, get word() { return t("daily-mood-awful"); }, face: "😞" },
  { value: 2, get word() { return t("daily-mood-bad"); }, face: "😟" },
  { value: 3, get word() { return t("daily-mood-meh"); }, face: "😐" },
  { value: 4, get word() { return t("daily-mood-good"); }, face: "😊" },
  { value: 5, get word() { return t("daily-mood-rad"); }, face: "😄" },
] as const;

/** A colour for a mean mood 1–5 (a blue–orange scale that colour-blind people can tell apart), grey for none. */
export function moodColor(m: number | null): string {
  if (m === null) return "var(--line)";
  const stops = ["#d55e00", "#e69f00", "#b8b8b8", "#56b4e9", "#0072b2"];
  const i = Math.min(4, Math.max(0, Math.round(m) - 1));
  return stops[i];
}

/** The mood's word for a mean ("Good (3.8)"). */
export function moodWord(m: number | null): string {
  if (m === null) return t("daily-no-mood");
  const i = Math.min(4, Math.max(0, Math.round(m) - 1));
  return t("daily-mood-mean", { word: MOODS[i].word, mean: m });
}

/** `YYYY-MM` of a date, and the month before or after. */
export function monthOf(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`;
}
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number);
  const d = new Date(y, m - 1 + n, 1);
  return monthOf(d);
}

/** The month's days as weeks starting on Monday; null pads the first and last week. */
export function weeks<T extends { date: string }>(days: T[]): (T | null)[][] {
  if (!days.length) return [];
  const [y, m, d] = days[0].date.split("-").map(Number);
  const lead = (new Date(y, m - 1, d).getDay() + 6) % 7;
  const cells: (T | null)[] = [...Array(lead).fill(null), ...days];
  while (cells.length % 7) cells.push(null);
  const out: (T | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) out.push(cells.slice(i, i + 7));
  return out;
}

/** The year's days by month (12 rows of up to 31 cells) for the year in pixels. */
export function pixels<T extends { date: string }>(days: T[]): T[][] {
  const rows: T[][] = Array.from({ length: 12 }, () => []);
  for (const d of days) rows[Number(d.date.slice(5, 7)) - 1].push(d);
  return rows;
}
