// End-to-end: the affect timeline in the real window. A journal entry, a quick mood and a chat
// message are read by the text model (sentiment and the seven emotions); the chat's compact timeline
// shows the message's reading; Insights shows the day on one time axis with "what you wrote" and
// "what the model read" apart; a reading is corrected ("that's not how I felt") and the correction
// is still there after leaving the screen and locking and unlocking.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { Session, appBinary, startDriver } from "./webdriver.mjs";

const PASSWORD = "lantern over the harbour 9";
const data = mkdtempSync(path.join(os.tmpdir(), "mentora-e2e-affect-"));
let driver;

before(async () => {
  readFileSync(appBinary);
  driver = await startDriver({ MENTORA_DATA_DIR: data });
});
after(() => driver?.stop());

/** The text of the detail panel's "model read" line after choosing the text point whose quote matches. */
async function pickText(s, scope, quote) {
  // In Insights the report above renders after the timeline; wait for it so nothing moves under the click.
  if (scope.includes("insights")) await s.waitFor('[data-testid="report-summary"]', 1, 60_000);
  const points = await s.waitFor(`${scope} [data-testid="affect-point"][data-kind="text"]`, 1, 60_000);
  for (const p of points) {
    await s.click(p);
    const [said] = await s.waitFor(`${scope} [data-testid="affect-said"]`);
    if ((await s.text(said)).includes(quote)) return;
    await s.click(p);
  }
  assert.fail(`no text point quoting ${quote}`);
}

test("the affect timeline: readings, what you wrote apart from what was read, a correction kept", async () => {
  const s = await Session.open(driver.base);
  try {
    await s.onboardWithoutKey("Noor", PASSWORD);
    await s.waitFor('[data-testid="screen-today"]', 1, 60_000);
    await s.clickOn('[data-testid="quick-mood-2"]');
    await s.clickOn('[data-testid="quick-mood-save"]');
    await s.waitFor('[data-testid="quick-mood-saved"]');

    await s.clickOn('[data-testid="nav-journal"]');
    await s.fill('[data-testid="journal-text"]', "I feel lonely and sad tonight. Nothing went right.");
    await s.clickOn('[data-testid="journal-save"]');
    await s.waitFor('[data-testid="journal-entry"]', 2, 60_000);

    // A chat message (no key: the companion may not answer, but the message is kept and read).
    await s.clickOn('[data-testid="nav-chat"]');
    await s.clickOn('[data-testid="chat-new"]');
    await s.fill('[data-testid="chat-input"]', "My landlord ignored my emails again and I'm furious.");
    await s.clickOn('[data-testid="chat-send"]');
    await s.waitFor('[data-testid="message"][data-sender="user"]', 1, 60_000);
    await s.clickOn('[data-testid="chat-affect"]');
    await pickText(s, '[data-testid="chat-affect-timeline"]', "landlord");
    const [chatRead] = await s.waitFor('[data-testid="chat-affect-timeline"] [data-testid="affect-read"]');
    assert.match(await s.text(chatRead), /The text model read\s+angry/);
    console.log("screenshot:", await s.screenshot("affect-01-chat.png"));

    // Insights: the day on one axis, three lanes; the journal entry read as sad.
    await s.clickOn('[data-testid="nav-insights"]');
    const scope = '[data-testid="insights-affect"]';
    await s.waitFor(`${scope} [data-testid="affect-point"][data-kind="mood"]`, 1, 60_000);
    await s.waitFor(`${scope} [data-testid="affect-point"][data-kind="text"]`, 2, 60_000);
    await pickText(s, scope, "lonely and sad");
    const [read] = await s.waitFor(`${scope} [data-testid="affect-read"]`);
    assert.match(await s.text(read), /The text model read\s+sad/);
    assert.match(await s.text(read), /valence -0\.\d\d/);

    // "That's not how I felt": the person chose fear; the reading stays, the correction shows beside it.
    await s.clickOn(`${scope} [data-testid="affect-correct"]`);
    await s.clickOn(`${scope} [data-testid="affect-felt-fear"]`);
    const [felt] = await s.waitFor(`${scope} [data-testid="affect-felt"]`);
    assert.match(await s.text(felt), /You said you felt\s+fear/);
    assert.match(await s.text((await s.all(`${scope} [data-testid="affect-read"]`))[0]), /sad/);
    await s.scrollTo(scope);
    console.log("screenshot:", await s.screenshot("affect-02-insights-corrected.png"));

    // Kept: lock, unlock, back to Insights.
    await s.clickOn('[data-testid="lock"]');
    await s.waitFor('[data-testid="lock-screen"]');
    await s.fill('[data-testid="lock-password"]', PASSWORD);
    await s.clickOn('[data-testid="lock-unlock"]');
    await s.waitFor('[data-testid="screen-today"]', 1, 60_000);
    await s.clickOn('[data-testid="nav-insights"]');
    await pickText(s, scope, "lonely and sad");
    const [kept] = await s.waitFor(`${scope} [data-testid="affect-felt"]`);
    assert.match(await s.text(kept), /You said you felt\s+fear/);
    const dashed = await s.all(`${scope} [data-testid="affect-point"].felt`);
    assert.equal(dashed.length, 1, "the corrected point is marked");
  } finally {
    await s.close();
  }
});
