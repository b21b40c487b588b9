// End-to-end: the daily loop in the real window. Onboarding and unlock land on Today; a quick mood
// with two activities shows in Today, in the calendar's day and in the "what goes with your better
// days" table; search finds a journal entry with the word marked; reminders can be set; an activity
// with an icon and a group is added in Settings.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { Session, appBinary, sleep, startDriver } from "./webdriver.mjs";

const PASSWORD = "river stones at noon 7";
const data = mkdtempSync(path.join(os.tmpdir(), "mentora-e2e-daily-"));
let driver;

before(async () => {
  readFileSync(appBinary);
  driver = await startDriver({ MENTORA_DATA_DIR: data });
});
after(() => driver?.stop());

test("Today, quick mood with activities, calendar, better days, search", async () => {
  const s = await Session.open(driver.base);
  try {
    await s.onboardWithoutKey("Sam", PASSWORD);

    // Lands on Today: a quick mood with two activities.
    await s.waitFor('[data-testid="screen-today"]', 1, 60_000);
    await s.clickOn('[data-testid="quick-mood-4"]');
    await s.clickOn('[data-testid="activity-walk"]');
    await s.clickOn('[data-testid="activity-family"]');
    await s.clickOn('[data-testid="quick-mood-save"]');
    const [saved] = await s.waitFor('[data-testid="quick-mood-saved"]');
    assert.equal(await s.text(saved), "Saved: Good with walk, family.");
    const [so] = await s.waitFor('[data-testid="today-entries"] li');
    assert.match(await s.text(so), /Good · walk, family/);
    assert.match(await s.text((await s.all('[data-testid="today-mood"]'))[0]), /Good \(4\.0\)/);
    console.log("screenshot:", await s.screenshot("daily-01-today.png"));

    // The calendar: today's cell carries the mood; the day opens its entry.
    await s.clickOn('[data-testid="nav-calendar"]');
    const d = new Date();
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    const [cell] = await s.waitFor(`[data-testid="day-${today}"]`);
    assert.equal(await s.attr(cell, "data-mood"), "4");
    await s.click(cell);
    const [entry] = await s.waitFor('[data-testid="day-view"] [data-testid="day-entry"]');
    assert.match(await s.text(entry), /Good · walk, family/);
    console.log("screenshot:", await s.screenshot("daily-02-calendar.png"));
    await s.clickOn('[data-testid="calendar-year"]');
    await s.waitFor(`[data-testid="pixel-${today}"]`);
    console.log("screenshot:", await s.screenshot("daily-03-year.png"));

    // What goes with better days: both activities have a row (too few days for a difference yet).
    await s.clickOn('[data-testid="nav-insights"]');
    const rows = await s.waitFor('[data-testid="better-row"]', 2, 60_000);
    const names = await Promise.all(rows.map((r) => s.attr(r, "data-name")));
    assert.ok(names.includes("walk") && names.includes("family"), names.join(","));
    const walk = rows[names.indexOf("walk")];
    assert.match(await s.text(walk), /walk\s*1 \/ 1\s*4\.00\s*—\s*—\s*not enough days yet/);
    await s.scrollTo('[data-testid="better-days"]');
    console.log("screenshot:", await s.screenshot("daily-04-better-days.png"));
    // Scrolled down a long screen, the navigation and Lock are still in view.
    const inView = await s.cmd("POST", "/execute/sync", {
      script: `return ["nav-today", "lock"].map((id) => { const r = document.querySelector('[data-testid="' + id + '"]').getBoundingClientRect(); return [scrollY > 0, r.top >= 0 && r.bottom <= innerHeight]; });`,
      args: [],
    });
    assert.deepEqual(inView, [[true, true], [true, true]], "scrolled, and Today and Lock both in the window");

    // Search: a journal entry is found with the word marked.
    await s.clickOn('[data-testid="nav-journal"]');
    await s.fill('[data-testid="journal-text"]', "Fed the ducks by the old mill with my sister.");
    await s.clickOn('[data-testid="journal-save"]');
    await s.waitFor('[data-testid="journal-entry"]', 2, 60_000);
    await s.clickOn('[data-testid="nav-search"]');
    await s.fill('[data-testid="search-input"]', "duck");
    const [hit] = await s.waitFor('[data-testid="search-hit"]', 1, 30_000);
    assert.equal(await s.attr(hit, "data-kind"), "journal");
    const marks = await s.all('[data-testid="search-hit"] mark');
    assert.equal(await s.text(marks[0]), "ducks");
    console.log("screenshot:", await s.screenshot("daily-05-search.png"));

    // Reminders in Settings: on, one time, saved.
    await s.clickOn('[data-testid="nav-settings"]');
    await s.clickOn('[data-testid="reminders-on"]');
    await s.clickOn('[data-testid="reminder-add"]');
    await s.clickOn('[data-testid="reminders-save"]');
    assert.match(await s.text((await s.waitFor('[data-testid="reminders-saved"]'))[0]), /1 reminder on/);
    await s.scrollTo('[data-testid="reminders-save"]');
    console.log("screenshot:", await s.screenshot("daily-06-reminders.png"));

    // The person's own activity with an icon and a group, in Settings.
    await s.fill('[data-testid="act-name"]', "Yoga");
    await s.fill('[data-testid="act-emoji"]', "☀");
    await s.fill('[data-testid="act-group"]', "Body");
    await s.clickOn('[data-testid="act-save"]');
    const until = Date.now() + 30_000;
    let list = "";
    while (!/☀ yoga · Body/.test(list) && Date.now() < until) {
      list = await s.text((await s.waitFor('[data-testid="act-list"]'))[0]);
      await sleep(200);
    }
    assert.match(list, /☀ yoga · Body used 0×/);
    assert.match(list, /walk used 1×/);
    await s.scrollTo('[data-testid="act-list"]');
    console.log("screenshot:", await s.screenshot("daily-07-activities.png"));

    // Lock and unlock: back on Today, with the next reminder.
    await s.clickOn('[data-testid="lock"]');
    await s.fill('[data-testid="lock-password"]', PASSWORD);
    await s.clickOn('[data-testid="lock-unlock"]');
    await s.waitFor('[data-testid="screen-today"]', 1, 60_000);
    assert.match(await s.text((await s.waitFor('[data-testid="today-next-reminder"]'))[0]), /Next reminder: \d{4}-\d\d-\d\d 20:30/);
    await sleep(100);
  } finally {
    await s.close();
  }
});
