import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { allFiles, buildBundle, CODES, calendarDay, loadLanguage, setLanguage, systemLanguage, translate } from "./i18n.svelte";

const FILES = await allFiles();
for (const c of CODES) await loadLanguage(c);

const SRC = join(__dirname, "..");

/** Message ids and the variables each one uses, per language. */
function messages(code: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [path, raw] of Object.entries(FILES)) {
    if (path.split("/").at(-2) !== code) continue;
    const text = raw.replace(/^#.*$/gm, "");
    for (const m of text.matchAll(/^([a-z][a-z0-9-]*)\s*=/gm)) out.set(m[1], new Set());
    // Variables per message: scan each message's block (up to the next id at column 0).
    const blocks = text.split(/^(?=[a-z][a-z0-9-]*\s*=)/m);
    for (const b of blocks) {
      const id = b.match(/^([a-z][a-z0-9-]*)\s*=/)?.[1];
      if (id) out.set(id, new Set([...b.matchAll(/\$([a-zA-Z_][\w-]*)/g)].map((v) => v[1])));
    }
  }
  return out;
}

function walk(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === "bindings" ? [] : walk(join(dir, e.name), ext)) : ext.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Text a person would read, left in a .svelte file's markup instead of a t() call. */
export function hardCoded(svelte: string): string[] {
  let s = svelte.replace(/<script[\s\S]*?<\/script>/g, "").replace(/<style[\s\S]*?<\/style>/g, "").replace(/<!--[\s\S]*?-->/g, "");
  // Drop {…} expressions and blocks, braces balanced, strings skipped.
  let out = "";
  for (let i = 0, depth = 0, quote = ""; i < s.length; i++) {
    const c = s[i];
    if (depth > 0) {
      if (quote) {
        if (c === "\\") i++;
        else if (c === quote) quote = "";
      } else if (c === '"' || c === "'" || c === "`") quote = c;
      else if (c === "{") depth++;
      else if (c === "}") depth--;
      continue;
    }
    if (c === "{") depth = 1;
    else out += c;
  }
  s = out;
  const found: string[] = [];
  // Attributes people read (or hear) with literal words.
  for (const m of s.matchAll(/\b(aria-label|placeholder|title|alt|aria-description)="([^"]*)"/g)) if (/\p{L}{2,}/u.test(m[2])) found.push(`${m[1]}="${m[2]}"`);
  // Text between tags.
  for (const m of s.replace(/<[^>]*>/g, "\n").split("\n")) if (/\p{L}{2,}/u.test(m)) found.push(m.trim());
  return found;
}

describe("translations", () => {
  const en = messages("en");

  it("English has messages and every file parses in every language", () => {
    expect(en.size).toBeGreaterThan(100);
    for (const code of CODES) expect(buildBundle(code, FILES).errors, code).toEqual([]);
    for (const [path, text] of Object.entries(FILES)) {
      const junk = new FluentResource(text).body.filter((e) => !("id" in e));
      expect(junk.length, `${path} has lines Fluent cannot read`).toBe(0);
    }
  });

  it("every language has every English message, no more, with the same variables", () => {
    for (const code of CODES.filter((c) => c !== "en")) {
      const other = messages(code);
      const missing = [...en.keys()].filter((k) => !other.has(k));
      const extra = [...other.keys()].filter((k) => !en.has(k));
      expect(missing, `untranslated in ${code}`).toEqual([]);
      expect(extra, `not in English (${code})`).toEqual([]);
      for (const [id, vars] of en) expect([...(other.get(id) ?? [])].sort(), `${code}: ${id}`).toEqual([...vars].sort());
    }
  });

  it("every message formats without errors in every language", () => {
    for (const code of CODES) {
      const { bundle } = buildBundle(code, FILES);
      for (const [id, vars] of en) {
        const m = bundle.getMessage(id);
        const errors: Error[] = [];
        const args = Object.fromEntries([...vars].map((v) => [v, 2]));
        bundle.formatPattern(m!.value!, args, errors);
        expect(errors.map(String), `${code}: ${id}`).toEqual([]);
      }
    }
  });

  it("every file's messages live in the same file in every language", () => {
    const files = (code: string) => Object.keys(FILES).filter((p) => p.split("/").at(-2) === code).map((p) => p.split("/").at(-1)).sort();
    for (const code of CODES) expect(files(code), code).toEqual(files("en"));
  });

  it("every t() id in the code exists in English", () => {
    const missing: string[] = [];
    for (const f of walk(SRC, /\.(svelte|ts)$/).filter((f) => !f.endsWith(".test.ts"))) {
      for (const m of readFileSync(f, "utf8").matchAll(/\bt\(\s*"([^"]+)"/g)) if (!en.has(m[1])) missing.push(`${f}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
  });

  it("no screen or component has words outside a t() call", () => {
    const left: string[] = [];
    for (const f of walk(SRC, /\.svelte$/)) for (const w of hardCoded(readFileSync(f, "utf8"))) left.push(`${f.slice(SRC.length)}: ${w}`);
    expect(left).toEqual([]);
  });

  it("the scanner finds text, attributes and ignores expressions", () => {
    expect(hardCoded(`<p>Hello {name}</p>`)).toEqual(["Hello"]);
    expect(hardCoded(`<input placeholder="Type here" />`)).toEqual([`placeholder="Type here"`]);
    expect(hardCoded(`<p>{t("a")} · {x > 1 ? "b" : "c"}</p><script>let s = "words";</script>`)).toEqual([]);
    expect(hardCoded(`{#if a}<b>{t("x")}</b>{:else}Nothing yet{/if}`)).toEqual(["Nothing yet"]);
  });

  it("the crisis card's English words are the core's own (the window shows them by the card's reason)", () => {
    // Rust's "\" at a line's end drops the line break and the next line's indentation.
    const core = readFileSync(join(SRC, "../../src/safety/mod.rs"), "utf8").replace(/\\\n\s*/g, "");
    for (const id of ["crisis-card-title", "crisis-card-message", "crisis-card-concern-title", "crisis-card-concern-message"])
      expect(core, id).toContain(translate("en", id));
  });

  it("the system language picks one of the six, English otherwise", () => {
    expect(systemLanguage(["de-DE", "en-US"])).toBe("de");
    expect(systemLanguage(["fr-CA"])).toBe("fr");
    expect(systemLanguage(["pt-BR"])).toBe("en");
    expect(systemLanguage([])).toBe("en");
  });

  it("days are written as each language writes them, as the core's reports do", async () => {
    const want: Record<string, string> = { de: "28.11.2026", fr: "28/11/2026", es: "28/11/2026", it: "28/11/2026", nl: "28-11-2026", en: "2026-11-28" };
    for (const [code, text] of Object.entries(want)) {
      await setLanguage(code);
      expect(calendarDay("2026-11-28")).toBe(text);
      expect(calendarDay("not a day")).toBe("not a day");
    }
  });

  it("plurals follow each language's rules", () => {
    expect(translate("en", "gratitude-hint", { count: 1 })).toContain("1/3");
    expect(translate("de", "gratitude-hint", { count: 2 })).not.toBe(translate("en", "gratitude-hint", { count: 2 }));
    expect(translate("xx", "gratitude-hint", { count: 2 })).toBe(translate("en", "gratitude-hint", { count: 2 }));
    expect(translate("en", "no-such-message")).toBe("no-such-message");
  });
});
