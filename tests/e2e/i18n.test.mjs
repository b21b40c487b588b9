// End-to-end: the window in French and German. The system language decides on first start (here
// LANG=fr_FR.UTF-8, as a French desktop sets it; the shell reads it, since WebKit says "C" where the C library lacks that locale), the setting in Settings switches to
// German at once and is kept after a restart. On every screen shown, in each language, nothing
// overflows its box or the window (measured in the page), no English words are left in the sidebar,
// and a screenshot is kept for a person to look at: artifacts/i18n-<lang>-<screen>.png.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { Session, sleep, startDriver } from "./webdriver.mjs";

const PASSWORD = "lanterns over the harbour 9";
const data = mkdtempSync(path.join(os.tmpdir(), "mentora-e2e-i18n-"));
let driver;

before(async () => {
  driver = await startDriver({ MENTORA_DATA_DIR: data, MENTORA_LANG: "", LC_ALL: "", LANGUAGE: "", LANG: "fr_FR.UTF-8" });
});
after(() => driver?.stop());

const js = (s, script, ...args) => s.cmd("POST", "/execute/sync", { script, args });

/** Elements whose text does not fit: wider than their box (and not scrollable), or past the window's edge. */
async function overflowing(s) {
  return js(
    s,
    `const out = [];
     for (const el of document.querySelectorAll("body *")) {
       if (["INPUT", "TEXTAREA", "SELECT", "OPTION", "svg"].includes(el.tagName) || el.closest("svg")) continue;
       const r = el.getBoundingClientRect();
       if (!r.width || !r.height) continue;
       const c = getComputedStyle(el);
       if (c.visibility === "hidden" || el.closest(".sr-only")) continue;
       const scrolls = /auto|scroll/.test(c.overflowX);
       const name = el.tagName.toLowerCase() + (el.dataset.testid ? "[" + el.dataset.testid + "]" : "") + ": " + (el.textContent || "").trim().slice(0, 50);
       if (c.display !== "inline" && !scrolls && el.scrollWidth > el.clientWidth + 1) out.push("wider than its box: " + name);
       if (r.right > innerWidth + 1 && !el.closest("[style*=overflow]")) out.push("past the window: " + name);
     }
     return [...new Set(out)].slice(0, 20);`,
  );
}

async function visit(s, lang, screen) {
  if (screen) await s.clickOn(`[data-testid="nav-${screen}"]`);
  await s.waitFor(screen ? `[data-testid="screen-${screen}"]` : "main");
  const shot = await s.screenshot(`i18n-${lang}-${screen ?? "first"}.png`);
  assert.deepEqual(await overflowing(s), [], `${lang}/${screen ?? "first screen"}: something overflows (see ${shot})`);
}

async function sidebar(s) {
  return js(s, `return [...document.querySelectorAll("nav [data-testid^=nav-]")].map((e) => e.textContent.trim());`);
}

test("French from the system, German from the setting, kept after a restart; nothing overflows", async () => {
  let s = await Session.open(driver.base);
  try {
    await s.waitFor('[data-testid="onboarding"]');
    const asked = await js(s, "return JSON.stringify(navigator.languages);");
    assert.equal(await js(s, "return document.documentElement.lang;"), "fr", `the system language (LANG=fr_FR.UTF-8) is used; the page was told ${asked}`);
    await visit(s, "fr", null);
    await s.onboardWithoutKey("Camille", PASSWORD);
    await s.waitFor('[data-testid="screen-today"]', 1, 60_000);
    const fr = await sidebar(s);
    assert.ok(fr.includes("Aujourd’hui") || fr.includes("Aujourd'hui"), `French sidebar: ${fr}`);
    // Today's suggested activities and prompt are French too (a suggestion picked is kept as written).
    await s.waitFor('[data-testid="activity-marche"]');
    await s.waitFor('[data-testid="today-prompt"]');
    for (const screen of ["today", "chat", "journal", "check-ins", "settings"]) await visit(s, "fr", screen);

    // The setting: German at once.
    await s.clickOn('[data-testid="settings-language"] option[value="de"]');
    // German's messages are a file of their own, loaded when chosen.
    for (let i = 0; i < 50 && (await js(s, "return document.documentElement.lang;")) !== "de"; i++) await sleep(100);
    assert.equal(await js(s, "return document.documentElement.lang;"), "de");
    const de = await sidebar(s);
    assert.ok(de.includes("Heute"), `German sidebar: ${de}`);
    const english = ["Today", "Journal", "Settings", "Sleep", "Breathing", "Gratitude", "Insights"];
    assert.deepEqual(de.filter((w) => english.includes(w)), [], "English words left in the German sidebar");
    for (const screen of ["settings", "today", "chat", "journal", "check-ins"]) await visit(s, "de", screen);
    // The PHQ-9 keeps its original English wording (no validated translation could be checked), and says so.
    await s.clickOn('[data-testid="checkin-kind-phq9"]');
    await s.waitFor('[data-testid="checkin-english-note"]');
    await s.screenshot("i18n-de-checkin-form.png");
    assert.deepEqual(await overflowing(s), [], "de/check-in form: something overflows");
    // A crisis card in German: its words and the helplines' English descriptions in German; numbers
    // and addresses as they are. No country was chosen: the system's region (fr_FR → France) picks
    // the first line, then the lines for everywhere.
    await s.clickOn('[data-testid="nav-chat"]');
    await s.clickOn('[data-testid="chat-new"]');
    await s.fill('[data-testid="chat-input"]', "Ich will nicht mehr leben.");
    await s.clickOn('[data-testid="chat-send"]');
    const lines = await s.waitFor('[data-testid="crisis-resource"]', 2, 60_000);
    const said = (await Promise.all(lines.map((l) => s.text(l)))).join("\n");
    assert.match(said, /^Numéro national de prévention du suicide — 3114/);
    assert.match(said, /Örtlicher Notruf — 112 oder 911\s+Wenn du in unmittelbarer Gefahr bist/);
    assert.match(said, /IASP-Verzeichnis der Krisenzentren — https:\/\/www\.iasp\.info/);
    await s.screenshot("i18n-de-crisis-card.png");
    assert.deepEqual(await overflowing(s), [], "de/crisis card: something overflows");
    // Insights in German: the core writes the report's summary and charts in the window's language.
    await visit(s, "de", "insights");
    const [summary] = await s.waitFor('[data-testid="report-summary"]', 1, 60_000);
    const said2 = await s.text(summary);
    assert.doesNotMatch(said2, /you were active|Nothing was recorded|journal entr|Your latest check-in/, `German summary: ${said2}`);
    const labels = await js(s, "return [...document.querySelectorAll('[data-testid=report-chart] text')].map((t) => t.textContent).join(' | ');");
    assert.doesNotMatch(labels, /Mood and sentiment by day|Face emotions by day|Sleep and next-day mood|Mood in pixels|No journal moods/, labels);
    assert.match(labels, /Stimmung/, labels);
    await s.screenshot("i18n-de-insights.png");
  } finally {
    await s.close().catch(() => {});
  }

  // Restart: the choice is kept (the system still says French).
  s = await Session.open(driver.base);
  try {
    await s.waitFor('[data-testid="lock-screen"]', 1, 60_000);
    assert.equal(await js(s, "return document.documentElement.lang;"), "de", "the chosen language survives a restart");
    await visit(s, "de", null);
  } finally {
    await s.close().catch(() => {});
  }
});
