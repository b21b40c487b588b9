import { describe, expect, it } from "vitest";
import { keepLast, percent, topProbability } from "./voice";

const reading = (probs: number[]) => ({
  start_s: 0,
  end_s: 1,
  pitch_hz: 120,
  voiced: 0.5,
  syllables_per_s: 2.5,
  tone: "anger",
  probabilities: ["anger", "fear", "neutral"].map((label, i) => ({ label, probability: probs[i] })),
  arousal: 0.7,
  baseline: "default",
});

describe("voice readings", () => {
  it("takes the top probability and rounds percentages within 0–100", () => {
    expect(topProbability(reading([0.2, 0.71, 0.09]))).toBeCloseTo(0.71);
    expect(percent(0.714)).toBe(71);
    expect(percent(1.2)).toBe(100);
    expect(percent(-0.1)).toBe(0);
  });
  it("keeps only the last readings", () => {
    let list: number[] = [];
    for (let i = 0; i < 20; i++) list = keepLast(list, i, 12);
    expect(list).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
  });
});
