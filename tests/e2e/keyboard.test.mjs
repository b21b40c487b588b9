// End-to-end: the window without a mouse, and with reduced motion. GTK's gtk-enable-animations=0
// (a settings.ini in XDG_CONFIG_HOME, as the desktop's "reduce animation" switch writes it) reaches
// WebKit as prefers-reduced-motion: the breathing circle then stays still. With the keyboard alone:
// Tab reaches every screen's button in the sidebar, each focused control shows a visible focus ring,
// and a journal entry is written and saved with Tab, typing and Enter.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { Session, appBinary, sleep, startDriver } from "./webdriver.mjs";

const PASSWORD = "moss on the north wall 3";
const data = mkdtempSync(path.join(os.tmpdir(), "mentora-e2e-keys-"));
const config = mkdtempSync(path.join(os.tmpdir(), "mentora-e2e-gtk-"));
const TAB = "\uE004";
const ENTER = "\uE007";
let driver;

before(async () => {
  readFileSync(appBinary);
  mkdirSync(path.join(config, "gtk-3.0"), { recursive: true });
  writeFileSync(path.join(config, "gtk-3.0", "settings.ini"), "[Settings]\ngtk-enable-animations=0\n");
  driver = await startDriver({ MENTORA_DATA_DIR: data, XDG_CONFIG_HOME: config });
});
after(() => driver?.stop());

/** The focused element: its test id (or tag and text) and whether a focus ring is drawn. */
async function focused(s) {
  return JSON.parse(
    await s.cmd("POST", "/execute/sync", {
      script: `const e = document.activeElement; const c = getComputedStyle(e);
        return JSON.stringify({ id: e.dataset.testid || "", tag: e.tagName, text: (e.textContent || "").trim().slice(0, 40),
          ring: (c.outlineStyle !== "none" && parseFloat(c.outlineWidth) >= 2) || c.boxShadow !== "none" });`,
      args: [],
    }),
  );
}

async function press(s, key) {
  const el = await s.cmd("GET", "/element/active");
  await s.type(Object.values(el)[0], key);
  await sleep(60);
}

test("reduced motion keeps the breathing circle still", async () => {
  const s = await Session.open(driver.base);
  try {
    await s.onboardWithoutKey("Kai", PASSWORD);
    await s.waitFor('[data-testid="screen-today"]', 1, 60_000);
    const reduce = await s.cmd("POST", "/execute/sync", { script: "return matchMedia('(prefers-reduced-motion: reduce)').matches;", args: [] });
    assert.equal(reduce, true, "GTK's setting reaches the web view");
    await s.clickOn('[data-testid="nav-breathing"]');
    await s.clickOn('[data-testid="breathing-start"]');
    const [circle] = await s.waitFor('[data-testid="breathing-circle"]');
    await sleep(1500);
    const t = await s.cmd("POST", "/execute/sync", { script: "return getComputedStyle(document.querySelector('[data-testid=\"breathing-circle\"]')).transform;", args: [] });
    assert.equal(t, "none", "the circle does not grow and shrink");
    assert.match(await s.attr(circle, "data-phase"), /inhale|hold|exhale/);

    // Keyboard only, from the sidebar: Tab reaches every screen's button, each with a focus ring.
    await s.cmd("POST", "/execute/sync", { script: "document.querySelector('[data-testid=\"nav-today\"]').focus();", args: [] });
    await press(s, ENTER);
    await s.waitFor('[data-testid="screen-today"]');
    const seen = new Set();
    const noRing = [];
    let f = await focused(s);
    for (let i = 0; i < 20 && f.id !== "lock"; i++) {
      if (f.id) seen.add(f.id);
      if (!f.ring) noRing.push(f.id || `${f.tag}:${f.text}`);
      await press(s, TAB);
      f = await focused(s);
    }
    const navs = ["today", "chat", "journal", "calendar", "gratitude", "sleep", "breathing", "check-ins", "insights", "search", "profile", "safety-plan", "settings", "system-check"].map((n) => `nav-${n}`);
    assert.deepEqual(navs.filter((n) => !seen.has(n)), [], "every screen is reachable with Tab");
    assert.deepEqual(noRing, [], "every focused control shows a focus ring");

    // Into the journal and a saved entry, without the mouse: focus the Journal button by Tab
    // (Shift is not needed: start again from the first), Enter, then Tab to the text and type.
    await s.cmd("POST", "/execute/sync", { script: "document.querySelector('[data-testid=\"nav-today\"]').focus();", args: [] });
    for (let i = 0; i < 10 && (await focused(s)).id !== "nav-journal"; i++) await press(s, TAB);
    await press(s, ENTER);
    await s.waitFor('[data-testid="screen-journal"]');
    for (let i = 0; i < 40 && (await focused(s)).id !== "journal-text"; i++) await press(s, TAB);
    assert.equal((await focused(s)).id, "journal-text", "the text box is reachable with Tab");
    await press(s, "Typed without a mouse, every key.");
    for (let i = 0; i < 10 && (await focused(s)).id !== "journal-save"; i++) await press(s, TAB);
    assert.equal((await focused(s)).id, "journal-save");
    assert.equal((await focused(s)).ring, true);
    await press(s, ENTER);
    const [entry] = await s.waitFor('[data-testid="journal-entry"]', 1, 60_000);
    assert.match(await s.text(entry), /Typed without a mouse, every key\./);
    console.log("screenshot:", await s.screenshot("keyboard-01-journal.png"));
  } finally {
    await s.close();
  }
});
