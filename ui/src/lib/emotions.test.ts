import { describe, expect, it } from "vitest";
import { boxToPercent, facesSummary, formatPercent, liveBadge, rankEmotions, type FrameAnalysis, type LiveSample } from "./emotions";

describe("rankEmotions", () => {
  it("orders by probability and keeps label order on ties", () => {
    const ranked = rankEmotions([
      { label: "angry", probability: 0.1 },
      { label: "happy", probability: 0.7 },
      { label: "sad", probability: 0.1 },
      { label: "neutral", probability: 0.1 },
    ]);
    expect(ranked.map((s) => s.label)).toEqual(["happy", "angry", "sad", "neutral"]);
  });
});

describe("formatPercent", () => {
  it("formats with one decimal and clamps", () => {
    expect(formatPercent(0.4234)).toBe("42.3%");
    expect(formatPercent(1.2)).toBe("100.0%");
    expect(formatPercent(-0.1)).toBe("0.0%");
    expect(formatPercent(Number.NaN)).toBe("0.0%");
  });
});

describe("boxToPercent", () => {
  it("converts pixels to percentages of the image", () => {
    expect(boxToPercent({ x: 50, y: 25, width: 100, height: 50 }, 200, 100)).toEqual({
      left: 25,
      top: 25,
      width: 50,
      height: 50,
    });
  });
  it("clips a box that runs off the image", () => {
    const b = boxToPercent({ x: 150, y: 0, width: 100, height: 10 }, 200, 100);
    expect(b.left).toBe(75);
    expect(b.width).toBe(25);
  });
  it("survives a zero-sized image", () => {
    expect(boxToPercent({ x: 1, y: 1, width: 1, height: 1 }, 0, 0).width).toBe(0);
  });
});

describe("facesSummary", () => {
  const base: FrameAnalysis = { width: 10, height: 10, faces: [], detect_ms: 3.2, classify_ms: 1.1 };
  it("says when no face was found", () => {
    expect(facesSummary(base)).toBe("No face found in this photo.");
  });
  it("counts faces", () => {
    const face = { box: { x: 0, y: 0, width: 1, height: 1 }, emotions: [], dominant: "happy" };
    expect(facesSummary({ ...base, faces: [face] })).toBe("1 face found in 4 ms.");
    expect(facesSummary({ ...base, faces: [face, face] })).toMatch(/^2 faces found/);
  });
});

describe("liveBadge", () => {
  it("shows the smoothed dominant emotion and the frame rate", () => {
    const s: LiveSample = { t_ms: 0, face: { x: 0, y: 0, width: 1, height: 1 }, raw: null, probabilities: [0, 0, 0, 0.814, 0, 0, 0.186], dominant: "happy", fps: 2 };
    expect(liveBadge(s)).toBe("happy 81% · 2.0 fps");
  });
  it("says when no face is in view", () => {
    expect(liveBadge({ t_ms: 0, face: null, raw: null, probabilities: [1, 0, 0, 0, 0, 0, 0], dominant: "angry", fps: 1.96 })).toBe(
      "No face in view · 2.0 fps",
    );
  });
});
