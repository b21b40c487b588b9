import { describe, expect, it } from "vitest";
import { momentAt, totalSeconds, type Step } from "./breathing";

const box: Step[] = [
  { cycle: 1, phase: "inhale", start_s: 0, duration_s: 4 },
  { cycle: 1, phase: "hold", start_s: 4, duration_s: 4 },
  { cycle: 1, phase: "exhale", start_s: 8, duration_s: 4 },
  { cycle: 1, phase: "hold_empty", start_s: 12, duration_s: 4 },
];

describe("breathing moments", () => {
  it("follows the schedule", () => {
    expect(totalSeconds(box)).toBe(16);
    expect(momentAt(box, 0)).toMatchObject({ phase: "inhale", scale: 0.5, secondsLeft: 4 });
    expect(momentAt(box, 2).scale).toBeCloseTo(0.75);
    expect(momentAt(box, 5)).toMatchObject({ phase: "hold", scale: 1, secondsLeft: 3 });
    expect(momentAt(box, 10).scale).toBeCloseTo(0.75);
    expect(momentAt(box, 13).phase).toBe("hold_empty");
  });
  it("ends", () => {
    expect(momentAt(box, 16).done).toBe(true);
    expect(momentAt([], 0).done).toBe(true);
  });
});
