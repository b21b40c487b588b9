import { describe, expect, it } from "vitest";
import { presetRange, rangeProblem } from "./range";

const today = new Date(2026, 10, 22);
describe("range presets", () => {
  it("counts back in local days", () => {
    expect(presetRange("week", today)).toEqual({ from: "2026-11-16", to: "2026-11-22" });
    expect(presetRange("month", today).from).toBe("2026-10-24");
    expect(presetRange("year", today).from).toBe("2025-11-23");
  });
  it("explains bad custom ranges", () => {
    expect(rangeProblem("2026-11-20", "2026-11-01", today)).toMatch(/before/);
    expect(rangeProblem("2027-01-01", "2027-01-07", today)).toMatch(/future/);
    expect(rangeProblem("", "2026-11-01", today)).toMatch(/both/);
    expect(rangeProblem("2026-11-01", "2026-11-20", today)).toBeNull();
  });
});
