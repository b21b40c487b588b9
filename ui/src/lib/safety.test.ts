import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CODES, loadLanguage, translate } from "./i18n.svelte";
import { RESOURCE_KEYS, SECTIONS, fromLines, planSections, resourceContact, resourceWords, toLines } from "./safety";

const empty = { warning_signs: [], coping: [], distractions: [], helpers: [], professionals: [], safe_environment: [], reasons: [], updated_at: 0 };

describe("safety plan", () => {
  it("has the seven Stanley–Brown sections in order", () => {
    expect(SECTIONS.map((s) => s.key)).toEqual(["warning_signs", "coping", "distractions", "helpers", "professionals", "safe_environment", "reasons"]);
  });
  it("shows only filled sections, in order", () => {
    const p = { ...empty, reasons: ["my cat"], warning_signs: ["not sleeping"] };
    expect(planSections(p).map((s) => s.key)).toEqual(["warning_signs", "reasons"]);
    expect(planSections(empty)).toEqual([]);
  });
  it("edits one item per line, dropping blank lines", () => {
    expect(fromLines(" a walk \n\n  \nmusic")).toEqual(["a walk", "music"]);
    expect(toLines(["a", "b"])).toBe("a\nb");
  });
});

describe("helpline words in the window's language", () => {
  const core = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../../../assets/crisis_resources.json"), "utf8"));
  const all = [...core.default, ...Object.values(core.countries).flat()] as { name: string; detail: string; contact: string }[];
  // Descriptions written in the service's own language, shown as they are.
  const local = ["Kostenlos, rund um die Uhr.", "Gratuit, 24h/24.", "Gratuita, 24 horas.", "Ogni giorno 9–24.", "Gratis, 24/7."];

  it("every English phrase is the core's, word for word, and every description is either known or local", async () => {
    for (const c of CODES) await loadLanguage(c);
    const texts = new Set(all.flatMap((r) => [r.name, r.detail, r.contact]));
    for (const [phrase, key] of Object.entries(RESOURCE_KEYS)) {
      expect(texts.has(phrase), phrase).toBe(true);
      expect(translate("en", "crisis-card-resource", { key, fallback: "?" })).toBe(phrase);
      for (const c of ["de", "fr", "es", "it", "nl"]) expect(translate(c, "crisis-card-resource", { key, fallback: "?" }), `${c} ${key}`).not.toBe(phrase);
    }
    for (const r of all) expect(r.detail in RESOURCE_KEYS || local.includes(r.detail), r.detail).toBe(true);
    // Contacts are numbers and addresses, joined by " or ", or a known phrase.
    for (const r of all) expect(r.contact in RESOURCE_KEYS || /^[0-9 +()\-]+( or [0-9 +()\-]+)*$|^https:\/\//.test(r.contact), r.contact).toBe(true);
    expect(resourceWords("Free, 24/7.")).toBe("Free, 24/7.");
    expect(resourceWords("Samaritans")).toBe("Samaritans");
    expect(resourceContact("0800 111 0 111 or 0800 111 0 222")).toBe("0800 111 0 111 or 0800 111 0 222");
    expect(resourceContact("116 123")).toBe("116 123");
    expect(resourceContact("Call or text 988")).toBe("Call or text 988");
  });
});
