import { describe, expect, it } from "vitest";
import { strength } from "./password";

describe("password strength", () => {
  it("refuses short and common passwords", () => {
    expect(strength("abc").acceptable).toBe(false);
    expect(strength("password123!").score).toBeLessThanOrEqual(1);
    expect(strength("password123!").hints[0]).toMatch(/common/);
  });
  it("grows with length and variety", () => {
    expect(strength("correct horse battery").acceptable).toBe(true);
    expect(strength("Correct-Horse-Battery-9").score).toBe(4);
    expect(strength("aaaaaaaaaaaa").hints.join(" ")).toMatch(/repeated/);
  });
});
