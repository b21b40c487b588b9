import { describe, expect, it } from "vitest";
import { backupSize, backupWhen, restoredName } from "./backups";

describe("backups", () => {
  it("sizes read as kB or MB", () => {
    expect(backupSize(0)).toBe("0.1 kB");
    expect(backupSize(45_300)).toBe("45.3 kB");
    expect(backupSize(2_500_000)).toBe("2.5 MB");
  });
  it("times are shown in the given locale", () => {
    const ms = Date.UTC(2026, 11, 3, 9, 40);
    expect(backupWhen(ms, "en-GB")).toMatch(/2026/);
    expect(backupWhen(ms, "de-DE")).toMatch(/2026/);
  });
  it("the suggested name matches the core's rule", () => {
    expect(restoredName("Robin", [])).toBe("Robin");
    expect(restoredName("Robin", ["robin"])).toBe("Robin (restored)");
    expect(restoredName("Robin", ["Robin", "Robin (restored)"])).toBe("Robin (restored 2)");
  });
});
