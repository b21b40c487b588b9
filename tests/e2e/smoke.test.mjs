// End-to-end: the real Mentora window under Xvfb, driven through tauri-driver + WebKitWebDriver.
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { Session, appBinary, repo, startDriver } from "./webdriver.mjs";

const PHOTO = "/usr/share/doc/opencv-doc/examples/data/messi5.jpg";
const LABELS = ["angry", "disgust", "fear", "happy", "sad", "surprise", "neutral"];
let driver;

before(async () => {
  readFileSync(appBinary); // fails clearly when the app was not built
  readFileSync(PHOTO);
  driver = await startDriver();
});
after(() => driver?.stop());

test("the window shows the doctor report and a photo's face with its 7 emotion probabilities", async () => {
  const s = await Session.open(driver.base);
  try {
    await s.openSystemCheck();
    const rows = await s.waitFor('[data-testid="doctor-row"]', 10);
    const statuses = await Promise.all(rows.map((r) => s.attr(r, "data-status")));
    assert.ok(!statuses.includes("error"), `doctor rows: ${statuses}`);
    const summary = await s.text((await s.waitFor('[data-testid="doctor-summary"]'))[0]);
    assert.doesNotMatch(summary, /problem/);

    const [input] = await s.waitFor('[data-testid="photo-input"]');
    await s.type(input, PHOTO);
    const faces = await s.waitFor('[data-testid="face"]');
    assert.equal(faces.length, 1);
    await s.waitFor('[data-testid="face-box"]');
    const emotions = await s.waitFor('[data-testid="emotion"]', 7);
    assert.equal(emotions.length, 7);
    const labels = await Promise.all(emotions.map((e) => s.attr(e, "data-label")));
    assert.deepEqual([...labels].sort(), [...LABELS].sort());
    const probs = (await Promise.all(emotions.map((e) => s.attr(e, "data-probability")))).map(Number);
    const sum = probs.reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(sum - 1) < 1e-3, `probabilities sum to ${sum}`);
    assert.ok(probs.every((p, i) => i === 0 || p <= probs[i - 1]), "ranked most likely first");
    const dominant = await s.text((await s.all('[data-testid="dominant"]'))[0]);
    assert.equal(dominant.toLowerCase(), labels[0]);
    console.log("screenshot:", await s.screenshot("photo-analysis.png"));
  } finally {
    await s.close();
  }
});

test("a corrupt model is named in the window and the rest of the app still opens", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mentora-models-"));
  cpSync(path.join(repo, "models"), dir, { recursive: true });
  const onnx = path.join(dir, "emotion/fer_mini_xception.onnx");
  const bytes = readFileSync(onnx);
  bytes[bytes.length >> 1] ^= 0xff;
  writeFileSync(onnx, bytes);

  const s = await Session.open(driver.base, ["--models-dir", dir]);
  try {
    await s.openSystemCheck();
    const rows = await s.waitFor('[data-testid="doctor-row"]', 10);
    const texts = await Promise.all(rows.map((r) => s.text(r)));
    const bad = texts.find((t) => t.includes("emotion/fer_mini_xception.onnx"));
    assert.ok(bad, texts.join("\n"));
    assert.match(bad, /Problem/);
    assert.match(bad, /corrupt/);
    const summary = await s.text((await s.waitFor('[data-testid="doctor-summary"]'))[0]);
    assert.match(summary, /problem/);
    assert.ok(texts.some((t) => /^OK\s+sqlcipher/.test(t)), "other checks still run");

    const [input] = await s.waitFor('[data-testid="photo-input"]');
    await s.type(input, PHOTO);
    const [err] = await s.waitFor('[data-testid="error"]');
    assert.equal(await s.attr(err, "data-code"), "model.corrupt");
    assert.match(await s.text(err), /A model file is damaged[\s\S]*emotion\/fer_mini_xception\.onnx is corrupt/);
    console.log("screenshot:", await s.screenshot("corrupt-model.png"));
  } finally {
    await s.close();
  }
});
