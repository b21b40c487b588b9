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
