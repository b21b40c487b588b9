import { expect, it } from "vitest";
import { needsCrisisCard, runningTotal, unanswered } from "./checkin";

it("tracks answers and item 9", () => {
  const a = [1, 2, null, 0, 0, 1, 0, 0, 1];
  expect(unanswered(a)).toEqual([3]);
  expect(runningTotal(a)).toBe(5);
  expect(needsCrisisCard("phq9", a)).toBe(true);
  expect(needsCrisisCard("gad7", [1, 1, 1, 1, 1, 1, 1])).toBe(false);
  expect(needsCrisisCard("phq9", [0, 0, 0, 0, 0, 0, 0, 0, 0])).toBe(false);
});
