// The installed package: starts /usr/bin/mentora-app (from `apt install ./Mentora_*.deb`) under
// tauri-driver, shows the onboarding screen, and its system check finds ONNX Runtime and the models
// in the install dir. Run by scripts/test-install.sh (not part of `make test`: it needs root to install).
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { Session, sleep, startDriver } from "./webdriver.mjs";

const APP = process.env.MENTORA_INSTALLED_APP ?? "/usr/bin/mentora-app";

test("the installed app starts, shows onboarding and finds its resources", async () => {
  const data = mkdtempSync(path.join(os.tmpdir(), "mentora-installed-"));
  const driver = await startDriver({ MENTORA_DATA_DIR: data, XDG_DATA_HOME: data });
  const s = await Session.open(driver.base, [], APP);
  try {
    await s.waitFor('[data-testid="onb-name"]', 1, 60_000);
    await sleep(800); // let the first frame paint before the screenshot
    console.log("screenshot:", await s.screenshot("installed-onboarding.png"));
    await s.openSystemCheck();
    const rows = await s.waitFor('[data-testid="doctor-row"]', 10, 60_000);
    const texts = await Promise.all(rows.map((r) => s.text(r)));
    console.log(texts.join("\n"));
    const ort = texts.find((t) => /onnxruntime/.test(t));
    assert.match(ort, /\/usr\/lib\/Mentora\/onnxruntime\/libonnxruntime\.so\.1\.31\.1/);
    const models = texts.find((t) => /^OK\s+models/.test(t));
    assert.match(models, /\/usr\/lib\/Mentora\/models/);
    assert.ok(texts.some((t) => /^OK\s+sentiment model/.test(t)), texts.join("\n"));
    console.log("screenshot:", await s.screenshot("installed-system-check.png"));
  } finally {
    await s.close();
    driver.stop();
  }
});
