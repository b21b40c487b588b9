import { describe, expect, it } from "vitest";
import { correctable, faceSummary, keyOf, laneOf, layout, localDate, positions, spread } from "./affect";
import type { AffectPoint } from "./bindings/AffectPoint";

const p = (at: number, kind: string, extra: Partial<AffectPoint> = {}): AffectPoint => ({
  at,
  kind,
  source: kind === "face" ? "face" : "message",
  source_id: 1,
  ...extra,
});

describe("affect timeline", () => {
  it("places points from first to last, and a single point in the middle", () => {
    expect(positions([])).toEqual([]);
    expect(positions([p(5, "text")])).toEqual([50]);
    const x = positions([p(0, "text"), p(50, "face"), p(100, "mood")]);
    expect(x[0]).toBe(4);
    expect(x[1]).toBe(50);
    expect(x[2]).toBe(96);
  });
  it("puts each kind in its lane and lets only model readings be corrected", () => {
    expect(laneOf(p(0, "face"))).toBe("face");
    expect(laneOf(p(0, "mood", { mood: 3 }))).toBe("mood");
    expect(laneOf(p(0, "text"))).toBe("text");
    expect(correctable(p(0, "text", { emotion: "sad" }))).toBe(true);
    expect(correctable(p(0, "text"))).toBe(false);
    expect(correctable(p(0, "mood", { mood: 2 }))).toBe(false);
    expect(correctable(p(0, "face", { emotion: "happy" }))).toBe(false);
    expect(keyOf(p(7, "text"))).not.toBe(keyOf(p(8, "text")));
  });
  it("keeps controls of one lane apart, in order, inside the track", () => {
    expect(spread([], 5)).toEqual([]);
    expect(spread([50, 50, 50], 5)).toEqual([50, 55, 60]);
    expect(spread([98, 98], 5)).toEqual([93, 98]);
    expect(spread([10, 40], 5)).toEqual([10, 40]);
    const many = spread(Array(40).fill(30), 5);
    expect(many[0]).toBe(2);
    expect(many[39]).toBe(98);
    for (let k = 1; k < 40; k++) expect(many[k]).toBeGreaterThan(many[k - 1]);
    // Different lanes keep the shared axis; face points are not moved.
    const pts = [p(0, "text"), p(0, "text"), p(0, "face"), p(100, "mood", { mood: 3 })];
    const x = layout(pts, 5);
    expect(x[1] - x[0]).toBeCloseTo(5);
    expect(x[2]).toBe(4);
    expect(faceSummary([p(0, "face", { emotion: "sad" }), p(1, "face", { emotion: "sad" }), p(2, "face", { emotion: "happy" })])).toEqual({ emotion: "sad", count: 3 });
  });
  it("writes the local date", () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });
});
