/** The safety plan's sections in order, with headings (Stanley–Brown), for the plan screen and the crisis card. */
import type { SafetyPlan } from "./bindings/SafetyPlan";
import { t } from "./i18n.svelte";

/** Titles and hints are read in the current language each time they are shown (getters, not strings fixed at import). */
export const SECTIONS: { key: keyof Omit<SafetyPlan, "updated_at">; title: string; hint: string }[] = [
  { key: "warning_signs", get title() { return t("safety-warning-signs"); }, get hint() { return t("safety-warning-signs-hint"); } },
  { key: "coping", get title() { return t("safety-coping"); }, get hint() { return t("safety-coping-hint"); } },
  { key: "distractions", get title() { return t("safety-distractions"); }, get hint() { return t("safety-distractions-hint"); } },
  { key: "helpers", get title() { return t("safety-helpers"); }, get hint() { return t("safety-helpers-hint"); } },
  { key: "professionals", get title() { return t("safety-professionals"); }, get hint() { return t("safety-professionals-hint"); } },
  { key: "safe_environment", get title() { return t("safety-safe-environment"); }, get hint() { return t("safety-safe-environment-hint"); } },
  { key: "reasons", get title() { return t("safety-reasons"); }, get hint() { return t("safety-reasons-hint"); } },
];

/** The filled sections of a plan, in order (empty sections left out). */
export function planSections(plan: SafetyPlan): { key: string; title: string; items: string[] }[] {
  return SECTIONS.map((s) => ({ key: s.key, title: s.title, items: plan[s.key] })).filter((s) => s.items.length > 0);
}

/** One item per line, as the plan screen edits a section. */
export const toLines = (items: string[]) => items.join("\n");
export const fromLines = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
