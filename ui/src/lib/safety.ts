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

/**
 * The English words of the core's helpline list (assets/crisis_resources.json) that the window can say
 * in its own language, by a stable key. Names of services, numbers and addresses stay as they are, and so
 * do descriptions already written in the service's own language.
 */
export const RESOURCE_KEYS: Record<string, string> = {
  "Local emergency services": "emergency-name",
  "IASP crisis centre directory": "iasp-name",
  "If you are in immediate danger, call your local emergency number.": "emergency-detail",
  "Find a crisis line in your country.": "iasp-detail",
  "Free, confidential, 24/7.": "free-confidential",
  "Free, 24/7, English and French.": "free-en-fr",
  "Free, 24/7.": "free",
  "24/7 crisis support.": "support",
  "Call or text 988": "call-text-988",
};

/** A helpline's name or description in the current language, when it is one of the known English phrases. */
export function resourceWords(text: string): string {
  const key = RESOURCE_KEYS[text];
  return key ? t("crisis-card-resource", { key, fallback: text }) : text;
}

/** A helpline's contact in the current language: a known phrase, or numbers joined by " or ". */
export function resourceContact(text: string): string {
  if (text in RESOURCE_KEYS) return resourceWords(text);
  return text
    .split(" or ")
    .reduce((a, b) => t("crisis-card-either", { a, b }));
}
