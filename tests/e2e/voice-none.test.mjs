// End-to-end: no microphone. ALSA's default input cannot be opened (for this window only, through
// ALSA_CONFIG_PATH: a `file` device whose input file does not exist), as on a machine without a sound
// card. "Voice on" must show the clear audio.none error and stay off, and the rest of the chat works:
// a message is written and kept, and the Voice settings still load.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { Session, startDriver } from "./webdriver.mjs";

const PASSWORD = "amber window quiet 4";
const data = mkdtempSync(path.join(os.tmpdir(), "mentora-e2e-nomic-"));
const alsa = mkdtempSync(path.join(os.tmpdir(), "mentora-e2e-nomic-alsa-"));
let driver;

before(async () => {
  const conf = path.join(alsa, "asoundrc");
  writeFileSync(conf, `pcm.!default {\n  type file\n  slave.pcm "null"\n  file "/dev/null"\n  infile "${alsa}/none/mic.raw"\n  format "raw"\n}\n`);
  driver = await startDriver({ MENTORA_DATA_DIR: data, ALSA_CONFIG_PATH: `/usr/share/alsa/alsa.conf:${conf}` });
});
after(() => driver?.stop());

test("no microphone: audio.none, the voice stays off, the chat goes on", async () => {
  const s = await Session.open(driver.base);
  try {
    await s.onboardWithoutKey("Ola", PASSWORD);
    await s.waitFor('[data-testid="screen-today"]', 1, 60_000);
    await s.clickOn('[data-testid="nav-chat"]');
    await s.clickOn('[data-testid="chat-new"]');
    const [toggle] = await s.waitFor('[data-testid="chat-voice"]');
    await s.click(toggle);
    const [err] = await s.waitFor('[data-testid="voice"] [data-testid="error"]', 1, 60_000);
    assert.equal(await s.attr(err, "data-code"), "audio.none");
    assert.match(await s.text(err), /No microphone is connected[\s\S]*no microphone found/);
    assert.equal(await s.text(toggle), "Voice on", "stays off");
    assert.equal((await s.all('[data-testid="voice-badge"]')).length, 0);
    console.log("screenshot:", await s.screenshot("voice-none.png"));

    await s.fill('[data-testid="chat-input"]', "Just a quiet evening, nothing much.");
    await s.clickOn('[data-testid="chat-send"]');
    await s.waitFor('[data-testid="message"][data-sender="user"]', 1, 60_000);
    await s.clickOn('[data-testid="nav-settings"]');
    await s.waitFor('[data-testid="voice-settings"]', 1, 30_000);
  } finally {
    await s.close();
  }
});
