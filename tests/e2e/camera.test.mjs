// End-to-end: the camera toggle in the real window. Without a camera (as on CI) turning it on must show
// the clear "no camera" error (camera.none) and leave the window working; with one, the live badge shows.
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { after, before, test } from "node:test";
import { Session, startDriver } from "./webdriver.mjs";

const hasCamera = readdirSync("/dev").some((f) => /^video\d+$/.test(f));
let driver;
before(async () => {
  driver = await startDriver();
});
after(() => driver?.stop());

test("the camera toggle: the no-camera error, or live emotion when a camera exists", async () => {
  const s = await Session.open(driver.base);
  try {
    await s.openSystemCheck();
    const [toggle] = await s.waitFor('[data-testid="camera-toggle"]');
    assert.equal(await s.text(toggle), "Turn camera on");
    await s.click(toggle);
    if (hasCamera) {
      await s.waitFor('[data-testid="live-badge"]');
      assert.equal(await s.text(toggle), "Turn camera off");
      await s.click(toggle);
      return;
    }
    const [err] = await s.waitFor('[data-testid="camera"] [data-testid="error"]');
    assert.equal(await s.attr(err, "data-code"), "camera.none");
    assert.match(await s.text(err), /No camera is connected[\s\S]*no camera found/);
    assert.equal(await s.text(toggle), "Turn camera on", "stays off");
    await s.waitFor('[data-testid="doctor-row"]', 10);
    console.log("screenshot:", await s.screenshot("camera-none.png"));
  } finally {
    await s.close();
  }
});
