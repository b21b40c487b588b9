import { describe, expect, it } from "vitest";
import { summarize } from "./doctor";

describe("summarize", () => {
  it("names the broken components", () => {
    const s = summarize({
      version: "0.1.0",
      checks: [
        { component: "onnxruntime", status: "ok", detail: "" },
        { component: "model emotion/fer_mini_xception.onnx", status: "error", detail: "corrupt", code: "model.corrupt" },
        { component: "keyring", status: "warn", detail: "" },
      ],
    });
    expect(s.status).toBe("error");
    expect(s.text).toBe("1 problem: model emotion/fer_mini_xception.onnx");
  });
  it("reports notes when only warnings", () => {
    expect(summarize({ version: "x", checks: [{ component: "keyring", status: "warn", detail: "" }] }).status).toBe("warn");
  });
  it("is ok when all checks pass", () => {
    expect(summarize({ version: "x", checks: [{ component: "a", status: "ok", detail: "" }] }).text).toBe("Every component works.");
  });
});
