import { describe, expect, it } from "vitest";
import { addMonths, moodColor, moodWord, pixels, weeks } from "./daily";

const month = (y: number, m: number, n: number) =>
  Array.from({ length: n }, (_, i) => ({ date: `${y}-${String(m).padStart(2, "0")}-${String(i + 1).padStart(2, "0")}` }));

describe("daily", () => {
  it("lays a month out in Monday-first weeks", () => {
    // 2026-12-01 is a Tuesday: one empty cell first; 31 days + 1 → 5 weeks, padded to 35.
    const w = weeks(month(2026, 12, 31));
    expect(w.length).toBe(5);
    expect(w[0][0]).toBeNull();
    expect(w[0][1]?.date).toBe("2026-12-01");
    expect(w.flat().filter(Boolean).length).toBe(31);
    expect(w.every((r) => r.length === 7)).toBe(true);
    // 2026-06-01 is a Monday: no padding first.
    expect(weeks(month(2026, 6, 30))[0][0]?.date).toBe("2026-06-01");
    expect(weeks([])).toEqual([]);
  });
  it("steps months across years", () => {
    expect(addMonths("2026-12", 1)).toBe("2027-01");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
  });
  it("groups a year by month", () => {
    const year = [...month(2026, 1, 31), ...month(2026, 2, 28)];
    const p = pixels(year);
    expect(p[0].length).toBe(31);
    expect(p[1].length).toBe(28);
    expect(p[11].length).toBe(0);
  });
  it("names and colours moods, and no mood", () => {
    expect(moodWord(null)).toBe("no mood logged");
    expect(moodWord(3.8)).toBe("Good (3.8)");
    expect(moodColor(null)).toBe("var(--line)");
    expect(moodColor(1)).not.toBe(moodColor(5));
  });
});
