// End-to-end: accessibility of every screen, checked by axe-core inside the real window (WCAG 2.0/2.1
// A and AA, 2.2 AA and axe's best practices). The first screen, the restore screen, the system check,
// each of the app's screens after onboarding, and the lock screen; in the light and the dark theme.
// The report (every violation, with its elements) is written to tests/e2e/artifacts/a11y-report.json
// and summarised in the log; any serious or critical violation fails the test.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { Session, appBinary, artifacts, sleep, startDriver } from "./webdriver.mjs";

const PASSWORD = "quiet harbour lights 9";
const data = mkdtempSync(path.join(os.tmpdir(), "mentora-e2e-a11y-"));
const SCREENS = ["today", "chat", "journal", "calendar", "gratitude", "sleep", "breathing", "check-ins", "insights", "search", "profile", "safety-plan", "settings", "system-check"];
let driver;

before(async () => {
  readFileSync(appBinary);
  driver = await startDriver({ MENTORA_DATA_DIR: data });
});
after(() => driver?.stop());

test("axe-core finds no serious or critical violation on any screen", async () => {
  const s = await Session.open(driver.base);
  const report = {};
  const check = async (name) => {
    report[name] = await s.axe();
  };
  try {
    await s.waitFor('[data-testid="onboarding"]');
    await check("onboarding");
    await s.clickOn('[data-testid="open-restore"]');
    await s.waitFor('[data-testid="restore-none"]');
    await check("restore");
    await s.clickOn('[data-testid="restore-back"]');
    await s.openSystemCheck();
    await s.waitFor('[data-testid="tools-back"]');
    await check("system-check-locked");
    await s.clickOn('[data-testid="tools-back"]');
    await s.onboardWithoutKey("Ada", PASSWORD);
    await s.waitFor('[data-testid="screen-today"]', 1, 60_000);
    // Some content, so that lists, cards and errors are on screen too: a quick mood, a journal entry
    // that shows the crisis card, a gratitude item, a chat message with no companion set up (its notice).
    await s.clickOn('[data-testid="quick-mood-4"]');
    await s.clickOn('[data-testid="activity-walk"]');
    await s.clickOn('[data-testid="quick-mood-save"]');
    await s.waitFor('[data-testid="quick-mood-saved"]');
    await s.clickOn('[data-testid="nav-journal"]');
    await s.fill('[data-testid="journal-text"]', "Some days I think everyone would be better off without me.");
    await s.clickOn('[data-testid="journal-save"]');
    await s.waitFor('[data-testid="crisis-card"]', 1, 60_000);
    await check("journal with the crisis card");
    await s.clickOn('[data-testid="nav-gratitude"]');
    await s.fill('[data-testid="gratitude-text"]', "Warm bread from the bakery");
    await s.clickOn('[data-testid="gratitude-add"]');
    await s.clickOn('[data-testid="nav-chat"]');
    await s.fill('[data-testid="chat-input"]', "Hello, a quiet evening today.");
    await s.clickOn('[data-testid="chat-send"]');
    await s.waitFor('[data-testid="message"]', 1, 60_000);
    await s.waitFor('[data-testid="chat-notice"], [data-testid="error"], [data-testid="retry"]', 1, 60_000);
    await check("chat with a message");
    for (const theme of ["light", "dark"]) {
      await s.cmd("POST", "/execute/sync", { script: "document.documentElement.dataset.theme = arguments[0];", args: [theme] });
      for (const name of SCREENS) {
        await s.clickOn(`[data-testid="nav-${name}"]`);
        await s.waitFor(`[data-testid="screen-${name}"]`);
        await check(`${name}${theme === "dark" ? " (dark)" : ""}`);
        if (theme === "dark" && (name === "today" || name === "calendar" || name === "chat")) console.log("screenshot:", await s.screenshot(`a11y-dark-${name}.png`));
      }
    }
    // Without reduced motion the breathing circle does move (the control for keyboard.test.mjs).
    assert.equal(await s.cmd("POST", "/execute/sync", { script: "return matchMedia('(prefers-reduced-motion: reduce)').matches;", args: [] }), false);
    await s.clickOn('[data-testid="nav-breathing"]');
    await s.clickOn('[data-testid="breathing-start"]');
    await s.waitFor('[data-testid="breathing-circle"]');
    await sleep(1500);
    const moving = await s.cmd("POST", "/execute/sync", { script: "return getComputedStyle(document.querySelector('[data-testid=\"breathing-circle\"]')).transform;", args: [] });
    assert.match(moving, /^matrix/, "the circle scales");
    await s.clickOn('[data-testid="lock"]');
    await s.waitFor('[data-testid="lock-screen"]');
    await check("lock");
  } finally {
    await s.close();
  }
  mkdirSync(artifacts, { recursive: true });
  const file = path.join(artifacts, "a11y-report.json");
  writeFileSync(file, JSON.stringify(report, null, 2));
  const bad = [];
  for (const [screen, violations] of Object.entries(report)) {
    const line = violations.map((v) => `${v.id}:${v.impact}×${v.count}`).join(" ") || "none";
    console.log(`a11y ${screen}: ${line}`);
    for (const v of violations) if (v.impact === "serious" || v.impact === "critical") bad.push(`${screen}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target).join(", ")}`);
  }
  console.log(`a11y report: ${file} (${Object.keys(report).length} screens)`);
  assert.deepEqual(bad, [], bad.join("\n"));
});
