// End-to-end: encrypted backups in the real window. A backup is made from Settings into a folder;
// the file is private and holds none of the journal's words; the profile is deleted from Settings;
// the backup is restored from the first screen (found through the remembered folder) and again from
// the lock screen, each time with a new recovery key shown once, and the journal entry is back.
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { Session, appBinary, sleep, startDriver } from "./webdriver.mjs";

const PASSWORD = "lanterns over the bay 4";
const CANARY = "The heron came back to the quiet pond";
const data = mkdtempSync(path.join(os.tmpdir(), "mentora-e2e-backup-"));
const folder = mkdtempSync(path.join(os.tmpdir(), "mentora-e2e-backups-out-"));
let driver;

before(async () => {
  readFileSync(appBinary);
  driver = await startDriver({ MENTORA_DATA_DIR: data });
});
after(() => driver?.stop());

async function waitText(s, css, re, ms = 60_000) {
  const until = Date.now() + ms;
  let t = "";
  while (Date.now() < until) {
    const els = await s.all(css);
    if (els.length) {
      t = await s.text(els[0]);
      if (re.test(t)) return t;
    }
    await sleep(200);
  }
  throw new Error(`${css}: ${JSON.stringify(t)} does not match ${re}`);
}

async function journalHasCanary(s) {
  await s.clickOn('[data-testid="nav-journal"]');
  await waitText(s, '[data-testid="journal-entry"]', new RegExp(CANARY));
}

test("back up, delete the profile, restore from the first screen and the lock screen", async () => {
  const s = await Session.open(driver.base);
  try {
    await s.onboardWithoutKey("Robin", PASSWORD);
    await s.waitFor('[data-testid="screen-today"]', 1, 60_000);
    await s.clickOn('[data-testid="nav-journal"]');
    await s.fill('[data-testid="journal-text"]', `${CANARY}, and I sat with it a while.`);
    await s.clickOn('[data-testid="journal-save"]');
    await journalHasCanary(s);

    // Settings: a folder, daily, keep 5; back up now.
    await s.clickOn('[data-testid="nav-settings"]');
    await s.fill('[data-testid="backup-folder"]', folder);
    await s.clickOn('[data-testid="backup-every"] option[value="daily"]');
    await s.fill('[data-testid="backup-keep"]', "5");
    await s.clickOn('[data-testid="backup-save"]');
    await waitText(s, '[data-testid="backup-status"]', /every day, the newest 5 kept/);
    await s.clickOn('[data-testid="backup-now"]');
    await waitText(s, '[data-testid="backup-status"]', /Backed up and checked: \d+ rows/);
    await s.waitFor('[data-testid="backup-list"] li', 1);
    await s.scrollTo('[data-testid="backups-panel"]');
    console.log("screenshot:", await s.screenshot("backup-01-settings.png"));

    const files = readdirSync(folder).filter((f) => f.endsWith(".mentora-backup"));
    assert.ok(files.length >= 1, `backups in the folder: ${files}`);
    const file = path.join(folder, files[0]);
    assert.equal(statSync(file).mode & 0o777, 0o600, "the backup is private");
    const bytes = readFileSync(file);
    assert.equal(bytes.indexOf(Buffer.from("heron")), -1, "no journal words in the backup");
    assert.equal(bytes.indexOf(Buffer.from("SQLite format 3")), -1, "the vault inside is encrypted");

    // Delete the profile from Settings: the first screen comes back.
    await s.fill('[data-testid="delete-confirm"]', "Robin");
    await s.clickOn('[data-testid="delete-all"]');
    await s.waitFor('[data-testid="onboarding"]', 1, 30_000);
    assert.equal(readdirSync(path.join(data, "profiles")).length, 0, "the profile's folder is gone");

    // Restore from the first screen: the remembered folder's backup is offered.
    await s.clickOn('[data-testid="open-restore"]');
    await s.waitFor('[data-testid="restore-found"]', 1, 30_000);
    assert.match(await s.text((await s.all('[data-testid="restore-found"]'))[0]), /Robin/);
    await s.fill('[data-testid="restore-password"]', "not the password");
    await s.clickOn('[data-testid="restore-go"]');
    await waitText(s, '[data-testid="error"]', /password is not right/i);
    await s.fill('[data-testid="restore-password"]', PASSWORD);
    console.log("screenshot:", await s.screenshot("backup-02-restore.png"));
    await s.clickOn('[data-testid="restore-go"]');
    await s.waitFor('[data-testid="restore-recovery-key"]', 1, 60_000);
    assert.match(await s.text((await s.all('[data-testid="restore-done"]'))[0]), /Restored as Robin/);
    console.log("screenshot:", await s.screenshot("backup-03-new-key.png"));
    await s.clickOn('[data-testid="restore-saved"]');
    await s.clickOn('[data-testid="restore-continue"]');
    await s.waitFor('[data-testid="screen-today"]', 1, 60_000);
    await journalHasCanary(s);
    console.log("screenshot:", await s.screenshot("backup-04-journal-back.png"));

    // And from the lock screen, beside the restored profile: a free name is chosen.
    await s.clickOn('[data-testid="lock"]');
    await s.waitFor('[data-testid="lock-screen"]');
    await s.clickOn('[data-testid="open-restore"]');
    await s.waitFor('[data-testid="restore-found"]', 1, 30_000);
    await s.fill('[data-testid="restore-password"]', PASSWORD);
    await s.clickOn('[data-testid="restore-go"]');
    await waitText(s, '[data-testid="restore-done"]', /Restored as Robin \(restored\)/);
    await s.clickOn('[data-testid="restore-saved"]');
    await s.clickOn('[data-testid="restore-continue"]');
    await s.waitFor('[data-testid="screen-today"]', 1, 60_000);
    await journalHasCanary(s);
  } finally {
    await s.close();
  }
});
