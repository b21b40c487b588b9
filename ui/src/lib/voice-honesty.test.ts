import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The accuracy the window states must be the one the trainer measured (models/voice/voice_head.json).
const meta = JSON.parse(readFileSync(new URL("../../../models/voice/voice_head.json", import.meta.url), "utf8"));

describe("the voice's stated accuracy", () => {
  it("is the held-out figure, in every language", () => {
    const none = Math.round(meta.loso.no_baseline * 10);
    const own = Math.round(meta.loso.personal * 10);
    const words: Record<string, (n: number) => string> = {
      en: (n) => `${n} in 10`, de: (n) => `${n} von 10`, fr: (n) => `${n} sur 10`,
      es: (n) => `${n} de cada 10`, it: (n) => `${n} su 10`, nl: (n) => `${n} op 10`,
    };
    for (const [lang, say] of Object.entries(words)) {
      const ftl = readFileSync(new URL(`../locales/${lang}/voice.ftl`, import.meta.url), "utf8");
      const note = ftl.split("\n").find((l) => l.startsWith("voice-note = "))!;
      expect(note, lang).toContain(say(none));
      expect(note, lang).toContain(say(own));
      expect(note.indexOf(say(none)), `${lang}: the held-out figure comes first`).toBeLessThan(note.indexOf(say(own)));
    }
  });
});
