import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CODES, loadLanguage, translate } from "./i18n.svelte";
import { bodyFrom, localPrompt } from "./prompts";

for (const c of CODES) await loadLanguage(c);

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../../..");

/** The core's prompts, read from src/wellness/prompts.rs: (id, title, question, body). */
function corePrompts(): string[][] {
  const src = readFileSync(join(ROOT, "src/wellness/prompts.rs"), "utf8");
  const block = src.slice(src.indexOf("const PROMPTS"), src.indexOf("];", src.indexOf("const PROMPTS")));
  const tuples = block.split("(\n").slice(1);
  return tuples.map((tuple) =>
    [...tuple.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string),
  );
}

describe("journal prompts", () => {
  it("English is the core's own text, word for word", () => {
    const core = corePrompts();
    expect(core.length).toBe(7);
    for (const [id, title, question, body] of core) {
      const p = localPrompt({ id, title: "x", question: "x", body: "x" });
      expect(p.title, id).toBe(title);
      expect(p.question, id).toBe(question);
      expect(p.body, id).toBe(body);
    }
  });
  it("every prompt is translated in the five other languages, with as many headings as English", () => {
    for (const [id] of corePrompts())
      for (const lang of ["de", "fr", "es", "it", "nl"]) {
        for (const field of ["prompts-title", "prompts-question", "prompts-body"])
          expect(translate(lang, field, { id, fallback: "?" }), `${lang} ${field} ${id}`).not.toBe(translate("en", field, { id, fallback: "?" }));
        const parts = (l: string) => translate(l, "prompts-body", { id }).split("|").length;
        expect(parts(lang), `${lang} ${id}`).toBe(parts("en"));
      }
  });
  it("an unknown prompt keeps the core's text", () => {
    const p = { id: "new-one", title: "T", question: "Q?", body: "B: " };
    expect(localPrompt(p)).toEqual(p);
  });
  it("builds the starting text from headings", () => {
    expect(bodyFrom("1. | 2.")).toBe("1. \n2. ");
    expect(bodyFrom("A: |")).toBe("A: \n");
  });
});
