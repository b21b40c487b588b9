/** The safety plan's sections in order, with headings (Stanley–Brown), for the plan screen and the crisis card. */
import type { SafetyPlan } from "./bindings/SafetyPlan";

export const SECTIONS: { key: keyof Omit<SafetyPlan, "updated_at">; title: string; hint: string }[] = [
  { key: "warning_signs", title: "Warning signs", hint: "Thoughts, moods or situations that come before a crisis" },
  { key: "coping", title: "Things I can do on my own", hint: "A walk, music, a shower, a breathing exercise…" },
  { key: "distractions", title: "People and places that take my mind off it", hint: "A café, a friend's kitchen, the library…" },
  { key: "helpers", title: "People I can ask for help", hint: "Name and number" },
  { key: "professionals", title: "Professionals and crisis lines", hint: "My doctor, my therapist, a crisis line" },
  { key: "safe_environment", title: "Making my surroundings safe", hint: "What to put away, and who can keep it" },
  { key: "reasons", title: "My reasons for living", hint: "People, pets, plans, places" },
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
