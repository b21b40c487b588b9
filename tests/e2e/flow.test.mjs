// End-to-end: the whole journey in the real window, with the mock Gemini server as a separate process:
// onboarding → lock → unlock → chat (streamed reply) → crisis card → journal with sentiment → PHQ-9 →
// insights with charts → export; a screenshot of every screen.
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { Session, appBinary, sleep, startDriver, startMockGemini } from "./webdriver.mjs";

const KEY = "e2e-gemini-key";
const PASSWORD = "quiet lake at dawn 42";
const data = mkdtempSync(path.join(os.tmpdir(), "mentora-e2e-"));
const exports = path.join(data, "exports");
let driver, mock, mockBase;

async function mockCount() {
  return mock.count();
}

before(async () => {
  readFileSync(appBinary);
  // The reply arrives in 6 pieces, 400 ms apart, so the window shows it growing.
  const pieces = ["That sounds ", "like a heavy ", "day. ", "I'm an AI, ", "not a therapist, ", "but I'm listening."];
  mock = await startMockGemini(data, KEY, [{ kind: "reply", chunks: pieces, delay_ms: 400 }]);
  mockBase = mock.base;
  driver = await startDriver({ MENTORA_DATA_DIR: data, MENTORA_EXPORT_DIR: exports });
});
after(() => {
  driver?.stop();
  mock?.proc.kill("SIGTERM");
});

test("the whole journey in the window", async () => {
  const s = await Session.open(driver.base);
  try {
    // Onboarding.
    await s.waitFor('[data-testid="onboarding"]');
    await s.fill('[data-testid="onb-name"]', "Robin");
    await s.fill('[data-testid="onb-password"]', "short");
    const [meter] = await s.waitFor('[data-testid="onb-strength"]');
    assert.ok(Number(await s.attr(meter, "data-score")) <= 1, "a short password is weak");
    await s.fill('[data-testid="onb-password"]', PASSWORD);
    await s.fill('[data-testid="onb-password2"]', PASSWORD);
    assert.ok(Number(await s.attr(meter, "data-score")) >= 3);
    console.log("screenshot:", await s.screenshot("01-onboarding.png"));
    await s.clickOn('[data-testid="onb-create"]');
    const [key] = await s.waitFor('[data-testid="onb-recovery-key"]', 1, 60_000);
    assert.match(await s.text(key), /^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$/);
    console.log("screenshot:", await s.screenshot("02-recovery-key.png"));
    const [next] = await s.waitFor('[data-testid="onb-next"]');
    assert.equal(await s.attr(next, "disabled"), "true", "cannot continue before confirming");
    await s.clickOn('[data-testid="onb-saved"]');
    await s.click(next);
    await s.fill('[data-testid="onb-gemini-key"]', KEY);
    console.log("screenshot:", await s.screenshot("03-gemini-key.png"));
    await s.clickOn('[data-testid="onb-key-save"]');
    await s.waitFor('[data-testid="onb-finish"]');
    console.log("screenshot:", await s.screenshot("04-camera-consent.png"));
    await s.clickOn('[data-testid="onb-finish"]');

    // Settings: point the companion at the mock server.
    await s.clickOn('[data-testid="nav-settings"]');
    await s.fill('[data-testid="settings-base-url"]', mockBase);
    await s.fill('[data-testid="settings-country"]', "GB");
    // The person opts in to sharing health data (the report summary below is Gemini's).
    await s.clickOn('[data-testid="settings-share-health"]');
    await s.clickOn('[data-testid="settings-save"]');
    await s.waitFor('[role="status"]');
    console.log("screenshot:", await s.screenshot("05-settings.png"));

    // The safety plan, written on a good day.
    await s.clickOn('[data-testid="nav-safety-plan"]');
    await s.waitFor('[data-testid="plan-reasons"]');
    await s.fill('[data-testid="plan-warning_signs"]', "not sleeping for days");
    await s.fill('[data-testid="plan-helpers"]', "Sam 07700 900123");
    await s.fill('[data-testid="plan-reasons"]', "my sister Ana and our Sunday walks");
    await s.clickOn('[data-testid="plan-save"]');
    await s.waitFor('[data-testid="plan-saved"]', 1, 30_000);
    console.log("screenshot:", await s.screenshot("05b-safety-plan.png"));

    // Lock and unlock.
    await s.clickOn('[data-testid="lock"]');
    await s.waitFor('[data-testid="lock-screen"]');
    await s.fill('[data-testid="lock-password"]', "not my password");
    await s.clickOn('[data-testid="lock-unlock"]');
    const [err] = await s.waitFor('[data-testid="error"]', 1, 60_000);
    assert.equal(await s.attr(err, "data-code"), "vault.bad_password");
    console.log("screenshot:", await s.screenshot("06-lock-wrong-password.png"));
    await s.fill('[data-testid="lock-password"]', PASSWORD);
    await s.clickOn('[data-testid="lock-unlock"]');
    await s.waitFor('[data-testid="screen-today"]', 1, 60_000);

    // Chat: a streamed reply, visible while it grows.
    await s.clickOn('[data-testid="nav-chat"]');
    await s.clickOn('[data-testid="chat-new"]');
    await s.fill('[data-testid="chat-input"]', "Work was exhausting today and I feel drained.");
    await s.clickOn('[data-testid="chat-send"]');
    await s.waitFor('[data-testid="message"][data-sender="assistant"][data-status="partial"]', 1, 60_000);
    const [partial] = await s.all('[data-testid="message"][data-sender="assistant"]');
    const partText = await s.text(partial);
    console.log("screenshot:", await s.screenshot("07-chat-streaming.png"));
    const [done] = await s.waitFor('[data-testid="message"][data-sender="assistant"][data-status="sent"]', 1, 60_000);
    const full = await s.text(done);
    assert.match(full, /That sounds like a heavy day\. I'm an AI, not a therapist, but I'm listening\./);
    assert.ok(full.length > partText.length, `the reply grew: "${partText}" → "${full}"`);
    console.log("screenshot:", await s.screenshot("08-chat-reply.png"));
    assert.equal(await mockCount(), 1);

    // Crisis language: the card, and no request to the model.
    await s.fill('[data-testid="chat-input"]', "Honestly, I want to end my life.");
    await s.clickOn('[data-testid="chat-send"]');
    const [card] = await s.waitFor('[data-testid="crisis-card"]', 1, 30_000);
    await s.waitFor('[data-testid="crisis-plan"]', 1, 10_000);
    const cardText = await s.text(card);
    assert.match(cardText, /Samaritans[\s\S]*116 123/);
    assert.ok(cardText.indexOf("my sister Ana") >= 0 && cardText.indexOf("my sister Ana") < cardText.indexOf("Samaritans"), `the plan comes first: ${cardText}`);
    assert.equal(await mockCount(), 1, "the crisis message never reached the model");
    console.log("screenshot:", await s.screenshot("09-crisis-card.png"));

    // Shown by mistake (a person who is safe): dismissed, and the conversation goes on.
    await s.clickOn('[data-testid="crisis-dismiss"]');
    await s.fill('[data-testid="chat-input"]', "I'm safe, thanks. Can we talk about sleep instead?");
    await s.clickOn('[data-testid="chat-send"]');
    await s.waitFor('[data-testid="message"][data-sender="assistant"][data-status="sent"]', 2, 60_000);
    assert.equal((await s.all('[data-testid="crisis-card"]')).length, 0, "the card is gone");
    assert.equal(await mockCount(), 2, "the next message was answered");
    console.log("screenshot:", await s.screenshot("09b-dismissed-and-continued.png"));

    // Journal entry with its sentiment.
    await s.clickOn('[data-testid="nav-journal"]');
    await s.clickOn('[data-testid="journal-mood-2"]');
    await s.fill('[data-testid="journal-text"]', "I feel lonely and sad tonight. Nothing went right.");
    await s.clickOn('[data-testid="journal-save"]');
    const [chip] = await s.waitFor('[data-testid="journal-entry"] [data-testid="entry-sentiment"]', 1, 60_000);
    assert.equal(await s.attr(chip, "data-label"), "negative");
    assert.equal((await s.all('[data-testid="crisis-card"]')).length, 0, "a sad day is not a crisis");
    console.log("screenshot:", await s.screenshot("10-journal.png"));

    // A journal entry in crisis: saved, and the card with the lines for the person's country.
    await s.fill('[data-testid="journal-text"]', "i dont want to be here anymore. i keep thinking about ending it");
    await s.clickOn('[data-testid="journal-save"]');
    const [jcard] = await s.waitFor('[data-testid="crisis-card"]', 1, 30_000);
    await s.waitFor('[data-testid="crisis-plan"]', 1, 10_000);
    const jtext = await s.text(jcard);
    assert.match(jtext, /Samaritans[\s\S]*116 123/);
    assert.ok(jtext.indexOf("Your safety plan") >= 0 && jtext.indexOf("Your safety plan") < jtext.indexOf("Samaritans"), `the plan comes first: ${jtext}`);
    await s.waitFor('[data-testid="journal-entry"]', 2, 30_000);
    await s.waitFor('[data-testid="journal-saved-note"]', 1, 5_000);
    console.log("screenshot:", await s.screenshot("10b-journal-crisis.png"));

    // Gratitude, sleep, breathing: one action each, and their screens.
    await s.clickOn('[data-testid="nav-gratitude"]');
    await s.fill('[data-testid="gratitude-text"]', "a long call with my sister");
    await s.clickOn('[data-testid="gratitude-add"]');
    await s.waitFor('[data-testid="entry-sentiment"]', 1, 30_000);
    console.log("screenshot:", await s.screenshot("11-gratitude.png"));
    await s.clickOn('[data-testid="nav-sleep"]');
    await s.clickOn('[data-testid="sleep-save"]');
    await sleep(500);
    console.log("screenshot:", await s.screenshot("12-sleep.png"));
    await s.clickOn('[data-testid="nav-breathing"]');
    await s.clickOn('[data-testid="breathing-start"]');
    const [circle] = await s.waitFor('[data-testid="breathing-circle"]');
    await sleep(2000);
    assert.equal(await s.attr(circle, "data-phase"), "inhale");
    console.log("screenshot:", await s.screenshot("13-breathing.png"));

    // PHQ-9.
    await s.clickOn('[data-testid="nav-check-ins"]');
    await s.clickOn('[data-testid="checkin-kind-phq9"]');
    const answers = [1, 2, 1, 1, 0, 1, 0, 0, 0];
    for (const [i, a] of answers.entries()) await s.clickOn(`[data-testid="checkin-item-${i + 1}-ans-${a}"]`);
    console.log("screenshot:", await s.screenshot("14-phq9-form.png"));
    await s.clickOn('[data-testid="checkin-submit"]');
    const [result] = await s.waitFor('[data-testid="checkin-result"]', 1, 30_000);
    assert.equal(await s.attr(result, "data-severity"), "mild");
    assert.match(await s.text(result), /PHQ-9: score 6 of 27/);
    console.log("screenshot:", await s.screenshot("14-phq9-result.png"));

    // Insights with charts, then export.
    await s.clickOn('[data-testid="nav-insights"]');
    const charts = await s.waitFor('[data-testid="report-chart"] svg', 4, 60_000);
    assert.equal(charts.length, 4);
    // Online with a key, Gemini (the mock) writes the summary from the aggregates.
    const [summary] = await s.waitFor('[data-testid="report-summary"]');
    assert.equal(await s.attr(summary, "data-source"), "gemini");
    assert.match(await s.text(summary), /I'm an AI, not a therapist/);
    assert.equal(await mockCount(), 4, "two chat replies, the chat session summary (on leaving the chat) and the report summary");
    console.log("screenshot:", await s.screenshot("15-insights.png"));
    await s.clickOn('[data-testid="report-export"]');
    const [where] = await s.waitFor('[data-testid="export-path"]', 1, 60_000);
    await s.scrollTo('[data-testid="export-path"]');
    const file = (await s.text(where)).replace(/^Saved to /, "");
    assert.ok(file.startsWith(exports) && existsSync(file), file);
    assert.match(readFileSync(file, "utf8"), /<svg/);
    console.log("screenshot:", await s.screenshot("16-export.png"));

    await s.clickOn('[data-testid="nav-profile"]');
    await s.waitFor('[data-testid="profile"] h2');
    await s.waitFor('[data-testid="screen-profile"]');
    console.log("screenshot:", await s.screenshot("17-profile.png"));
    await s.clickOn('[data-testid="nav-system-check"]');
    await s.waitFor('[data-testid="doctor-row"]', 10, 60_000);
    console.log("screenshot:", await s.screenshot("18-system-check.png"));
  } finally {
    await s.close();
  }
});
