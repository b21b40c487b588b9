import { expect, it } from "vitest";
import { shortcut } from "./shortcuts";

const key = (key: string, ctrlKey = true) => ({ key, ctrlKey, metaKey: false, altKey: false });
it("maps the shortcuts", () => {
  expect(shortcut(key("n"))).toEqual({ kind: "new-chat" });
  expect(shortcut(key("L"))).toEqual({ kind: "lock" });
  expect(shortcut(key("k"))).toEqual({ kind: "search" });
  expect(shortcut(key("3"))).toEqual({ kind: "screen", index: 2 });
  expect(shortcut(key("n", false))).toBeNull();
});
