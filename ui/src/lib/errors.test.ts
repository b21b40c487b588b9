import { describe, expect, it } from "vitest";
import { describeError, isCoreError, toCoreError } from "./errors";

describe("core errors", () => {
  it("recognises the {code, message} shape", () => {
    expect(isCoreError({ code: "model.corrupt", message: "x" })).toBe(true);
    expect(isCoreError({ code: 1, message: "x" })).toBe(false);
    expect(isCoreError("model.corrupt")).toBe(false);
  });
  it("wraps anything else as internal", () => {
    expect(toCoreError("boom")).toEqual({ code: "internal", message: "boom" });
    expect(toCoreError(new Error("bad"))).toEqual({ code: "internal", message: "bad" });
  });
  it("titles known codes and keeps the core's message", () => {
    const d = describeError({ code: "model.corrupt", message: "model file emotion/fer_mini_xception.onnx is corrupt" });
    expect(d.title).toBe("A model file is damaged");
    expect(d.detail).toContain("fer_mini_xception.onnx");
  });
  it("falls back by domain for unknown codes", () => {
    expect(describeError({ code: "model.future_code", message: "m" }).title).toBe("A model problem");
    expect(describeError({ code: "zzz.unknown", message: "m" }).title).toBe("Something went wrong");
  });
});

import { describe as d2, expect as e2, it as i2 } from "vitest";
import { describeError as de } from "./errors";
d2("every code the core sends has words", () => {
  i2("covers the vault and chat codes", () => {
    for (const code of ["vault.bad_password", "vault.locked", "chat.no_key", "chat.rate_limited", "chat.offline", "chat.model_unavailable"]) {
      e2(de({ code, message: "m" }).title).not.toBe("Something went wrong");
    }
    e2(de({ code: "chat.something_new", message: "m" }).title).toBe("The companion could not answer");
  });
});

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
i2("has words for every stable code in the core's src/error.rs", () => {
  const rs = readFileSync(fileURLToPath(new URL("../../../src/error.rs", import.meta.url)), "utf8");
  const codes = [...rs.matchAll(/=> "([a-z_]+(?:\.[a-z_]+)?)",/g)].map((m) => m[1]);
  e2(codes.length).toBeGreaterThan(40);
  const missing = codes.filter((code) => de({ code, message: "" }).title === "Something went wrong");
  e2(missing).toEqual([]);
});

import { describe as d3, expect as e3, it as i3 } from "vitest";
import { TITLES } from "./errors";
import { CODES, loadLanguage, setLanguage, translate } from "./i18n.svelte";
d3("error details in the window's language", () => {
  i3("every title has a help sentence in every language, not the English one", async () => {
    for (const c of CODES) await loadLanguage(c);
    const ids = [...Object.values(TITLES), "errors-domain-model", "errors-domain-chat", "errors-domain-vault", "errors-unknown"];
    for (const code of CODES) {
      for (const id of ids) {
        const help = translate(code, `${id}-help`);
        e3(help, `${code}: ${id}-help`).not.toBe(`${id}-help`);
        e3(help.length, `${code}: ${id}-help`).toBeGreaterThan(10);
        if (code !== "en") e3(help, `${code}: ${id}-help is English`).not.toBe(translate("en", `${id}-help`));
      }
    }
  });
  i3("in German the detail is the help sentence and the core's message moves under the fold", async () => {
    await setLanguage("de");
    try {
      const d = de({ code: "vault.bad_password", message: "wrong password for profile Ann" });
      e3(d.title).toBe(translate("de", "errors-vault-bad-password"));
      e3(d.detail).toBe(translate("de", "errors-vault-bad-password-help"));
      e3(d.technical).toBe("wrong password for profile Ann");
    } finally {
      await setLanguage("en");
    }
    const en = de({ code: "vault.bad_password", message: "wrong password for profile Ann" });
    e3(en.detail).toBe("wrong password for profile Ann");
    e3(en.technical).toBeNull();
  });
});
