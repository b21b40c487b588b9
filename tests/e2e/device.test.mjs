// End-to-end: the companion on this device in the real window, private mode, no key. The settings list
// the models with their size, context length and measured speed. A reply streams
// from SmolLM2 (llama.cpp); Stop mid-reply keeps the partial text marked; a crisis message gets the
// card and the engine's own answer count does not move; the mock Gemini (the configured address)
// sees no connection at all.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { Session, appBinary, sleep, startDriver, startMockGemini } from "./webdriver.mjs";

const PASSWORD = "quiet lake at dawn 42";
const data = mkdtempSync(path.join(os.tmpdir(), "mentora-e2e-device-"));
let driver, mock, mockBase;

async function mockCount() {
  return mock.count();
}

before(async () => {
  readFileSync(appBinary);
  mock = await startMockGemini(data, "unused", [{ kind: "reply", chunks: ["never used"], delay_ms: 1 }]);
  mockBase = mock.base;
  driver = await startDriver({ MENTORA_DATA_DIR: data });
});
after(() => {
  driver?.stop();
  mock?.proc.kill("SIGTERM");
});

async function llmCalls(s) {
  await s.clickOn('[data-testid="nav-settings"]');
  const [st] = await s.waitFor('[data-testid="llm-status"]', 1, 30_000);
  return Number(await s.attr(st, "data-calls"));
}

/** The answer count once it reaches `n` (a session's summary is written in the background). */
async function llmCallsReach(s, n) {
  const until = Date.now() + 60_000;
  let got = await llmCalls(s);
  while (got < n && Date.now() < until) {
    await sleep(1000);
    await s.clickOn('[data-testid="nav-journal"]');
    got = await llmCalls(s);
  }
  return got;
}

test("private mode: the on-device model answers, Stop keeps the partial reply, a crisis never reaches it", async () => {
  const s = await Session.open(driver.base);
  try {
    await s.onboardWithoutKey("Robin", PASSWORD);

    // Settings: the companion on this device, private mode on; the Gemini address is the mock, so
    // any connection would be counted.
    await s.clickOn('[data-testid="nav-settings"]');
    await s.fill('[data-testid="settings-base-url"]', mockBase);
    await s.clickOn('[data-testid="settings-backend"] option[value="device"]');
    // The model's status line appears under the choice; let the layout settle before clicking on.
    await s.waitFor('[data-testid="llm-status"]', 1, 30_000);
    await sleep(500);
    await s.clickOn('[data-testid="settings-private"]');
    await s.clickOn('[data-testid="settings-save"]');
    await s.waitFor('[role="status"]');
    await s.waitFor('[data-testid="settings-device-hint"]');
    // The models to choose from, each with its size, context length and the speed measured here,
    // and what this machine's memory suits.
    const [builtin] = await s.waitFor('[data-testid="llm-models"] li', 1, 60_000);
    const line = await s.text(builtin);
    assert.match(line, /builtin: \d+ M parameters · \d+ MB · 8192-token context · \d+ tokens\/s here/, line);
    assert.match(await s.text((await s.waitFor('[data-testid="llm-recommendation"]'))[0]), /GB of memory/);
    assert.equal(await llmCalls(s), 0);
    console.log("screenshot:", await s.screenshot("device-01-settings.png"));

    // A reply streams from the model.
    await s.clickOn('[data-testid="nav-chat"]');
    await s.clickOn('[data-testid="chat-new"]');
    await s.fill('[data-testid="chat-input"]', "Hi! I had a calm day and walked by the sea.");
    await s.clickOn('[data-testid="chat-send"]');
    const [done] = await s.waitFor('[data-testid="message"][data-sender="assistant"][data-status="sent"]', 1, 120_000);
    assert.ok((await s.text(done)).trim().length > 0, "the reply has text");
    console.log("screenshot:", await s.screenshot("device-02-reply.png"));

    // Stop mid-reply: the partial text stays, marked, with the reason.
    await s.fill('[data-testid="chat-input"]', "Please tell me a long, detailed story about a lighthouse keeper and the sea, with many chapters.");
    await s.clickOn('[data-testid="chat-send"]');
    await s.waitFor('[data-testid="message"][data-sender="assistant"][data-status="partial"]', 1, 60_000);
    await s.clickOn('[data-testid="chat-stop"]');
    await s.waitFor('[data-testid="chat-notice"][data-code="chat.stopped"]', 1, 60_000);
    const partial = await s.all('[data-testid="message"][data-sender="assistant"][data-status="partial"]');
    assert.equal(partial.length, 1, "the stopped reply is kept, marked partial");
    assert.ok((await s.text(partial[0])).includes("Reply incomplete"));
    await s.waitFor('[data-testid="retry"]');
    console.log("screenshot:", await s.screenshot("device-03-stopped.png"));

    // Leaving the chat ends its session: the model writes its summary (a third answer).
    const beforeCrisis = await llmCallsReach(s, 3);
    assert.equal(beforeCrisis, 3, "the reply, the stopped one and the session's summary");

    // Crisis language in a new chat: the card; the engine is not asked, and the session's summary
    // leaves the crisis turn out (nothing left to summarize: no model call either).
    await s.clickOn('[data-testid="nav-chat"]');
    await s.clickOn('[data-testid="chat-new"]');
    await s.fill('[data-testid="chat-input"]', "Honestly, I want to end my life.");
    await s.clickOn('[data-testid="chat-send"]');
    await s.waitFor('[data-testid="crisis-card"]', 1, 30_000);
    console.log("screenshot:", await s.screenshot("device-04-crisis-card.png"));
    await s.clickOn('[data-testid="crisis-dismiss"]');
    await llmCalls(s); // leaves the chat: its session ends
    await sleep(3000);
    await s.clickOn('[data-testid="nav-journal"]');
    assert.equal(await llmCalls(s), beforeCrisis, "no answer for the crisis, nor a summary of it");
    console.log("screenshot:", await s.screenshot("device-05-status.png"));
    assert.equal(await mockCount(), 0, "nothing reached the network");
  } catch (e) {
    console.log("screenshot:", await s.screenshot("device-failed.png"));
    throw e;
  } finally {
    await s.close();
  }
});
