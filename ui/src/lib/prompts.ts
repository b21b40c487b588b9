/** The built-in journal prompts in the window's language (by the core's stable id; the core's text otherwise). */

import type { Prompt } from "./bindings/Prompt";
import { t } from "./i18n.svelte";

/** Headings "A: | B: |" → "A: \nB: \n" (each heading followed by a space, parts joined by new lines). */
export function bodyFrom(headings: string): string {
  return headings
    .split("|")
    .map((h) => h.trim())
    .map((h) => (h ? `${h} ` : ""))
    .join("\n");
}

/** `p` with its title, question and starting text in the current language. */
export function localPrompt(p: Prompt): Prompt {
  const body = t("prompts-body", { id: p.id });
  return {
    ...p,
    title: t("prompts-title", { id: p.id, fallback: p.title }),
    question: t("prompts-question", { id: p.id, fallback: p.question }),
    body: body === "-" ? p.body : bodyFrom(body),
  };
}
