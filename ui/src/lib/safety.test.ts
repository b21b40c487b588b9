import { describe, expect, it } from "vitest";
import { SECTIONS, fromLines, planSections, toLines } from "./safety";

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
