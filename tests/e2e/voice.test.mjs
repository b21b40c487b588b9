// End-to-end: the voice in the real window, through the real capture path. ALSA's default input is a
// virtual microphone (ALSA's `file` plugin over the `null` device, set up by ALSA_CONFIG_PATH for this
// window only) that plays three Polish clips as raw 16 kHz PCM. Turning the voice on in a chat shows the
// live badge and one reading per word; turning it off keeps the readings in the chat's affect timeline
// (a voice lane) and the week's report (tension by day); the voice settings list the microphone; axe finds nothing serious on the chat screen
// with the readings shown; and no audio lands in the data folder.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { Session, appBinary, startDriver } from "./webdriver.mjs";

const PASSWORD = "violet kettle singing 7";
const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const data = mkdtempSync(path.join(os.tmpdir(), "mentora-e2e-voice-"));
const alsa = mkdtempSync(path.join(os.tmpdir(), "mentora-e2e-alsa-"));
const CLIPS = ["m2.a_nie_1.wav", "m2.a_nie_2.wav", "m2.n_nie_1.wav"];
let driver;

/** A clip of the Polish set (32-bit float WAV) as 16-bit PCM samples. */
function clipPcm(name) {
  const zip = path.join(repo, ".deps/voice-polish/polish_speech_emotions.zip");
  const wav = execFileSync("unzip", ["-p", zip, `POLISH/${name}`], { maxBuffer: 16 << 20 });
  const at = wav.indexOf("data") + 8;
  const f = new Float32Array(wav.buffer.slice(wav.byteOffset + at, wav.byteOffset + wav.length - ((wav.length - at) % 4)));
  const out = Buffer.alloc(f.length * 2);
  f.forEach((v, i) => out.writeInt16LE(Math.round(Math.max(-1, Math.min(1, v)) * 32767), i * 2));
  return out;
}

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

before(async () => {
  readFileSync(appBinary);
  const silence = Buffer.alloc(16000); // half a second
  const raw = path.join(alsa, "mic.raw");
  writeFileSync(raw, Buffer.concat(CLIPS.flatMap((c) => [clipPcm(c), silence])));
  const conf = path.join(alsa, "asoundrc");
  writeFileSync(conf, `pcm.!default {\n  type file\n  slave.pcm "null"\n  file "/dev/null"\n  infile "${raw}"\n  format "raw"\n}\n`);
  driver = await startDriver({ MENTORA_DATA_DIR: data, ALSA_CONFIG_PATH: `/usr/share/alsa/alsa.conf:${conf}` });
});
after(() => driver?.stop());

test("the voice: live readings from a (virtual) microphone, kept as readings only", async () => {
  const s = await Session.open(driver.base);
  try {
    await s.onboardWithoutKey("Iga", PASSWORD);
    await s.waitFor('[data-testid="screen-today"]', 1, 60_000);
    await s.clickOn('[data-testid="nav-chat"]');
    await s.clickOn('[data-testid="chat-new"]');
    const [toggle] = await s.waitFor('[data-testid="chat-voice"]');
    assert.equal(await s.text(toggle), "Voice on");
    await s.click(toggle);
    await s.waitFor('[data-testid="voice-badge"]', 1, 60_000);
    const readings = await s.waitFor('[data-testid="voice-reading"]', CLIPS.length, 90_000);
    const tones = await Promise.all(readings.map((r) => s.attr(r, "data-tone")));
    for (const tone of tones) assert.ok(["anger", "fear", "neutral", "uncertain"].includes(tone), tone);
    const [badge] = await s.all('[data-testid="voice-badge"]');
    assert.match(await s.text(badge), /^Voice: ((anger|fear|neutral) \d+ % · tense \d+ %|uncertain \(.+\))$/);
    const [note] = await s.all('[data-testid="voice-note"]');
    assert.match(await s.text(note), /never recorded or saved[\s\S]*three tones only/);
    console.log("tones:", tones.join(", "));
    console.log("screenshot:", await s.screenshot("voice-01-live.png"));
    const violations = (await s.axe()).filter((v) => v.impact === "serious" || v.impact === "critical");
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));

    await s.click(toggle);
    await s.waitFor('[data-testid="chat-voice"][aria-pressed="false"]');
    await s.clickOn('[data-testid="chat-affect"]');
    const points = await s.waitFor('[data-testid="chat-affect-timeline"] [data-testid="affect-point"][data-kind="voice"]', 1, 60_000);
    assert.ok(points.length >= 1 && points.length <= CLIPS.length, `${points.length} voice points`);
    console.log("screenshot:", await s.screenshot("voice-02-timeline.png"));

    // Insights: the week's report has the voice, day by day.
    await s.clickOn('[data-testid="nav-insights"]');
    const [day] = await s.waitFor('[data-testid="report-voice-day"]', 1, 60_000);
    assert.match(await s.text(day), /\d{4}-\d\d-\d\d: \d+ stretch(es)? of speech, tense \d+ %/);
    await s.scrollTo('[data-testid="report-voice"]');
    console.log("screenshot:", await s.screenshot("voice-03-insights.png"));

    await s.clickOn('[data-testid="nav-settings"]');
    const [mic] = await s.waitFor('[data-testid="voice-mic"]', 1, 30_000);
    assert.match(await s.text(mic), /default/);
    await s.scrollTo('[data-testid="voice-settings"]');
    console.log("screenshot:", await s.screenshot("voice-04-settings.png"));
  } finally {
    await s.close();
  }
  // Readings only: no sound file of any kind, and nothing the size of the audio, in the data folder.
  const heard = statSync(path.join(alsa, "mic.raw")).size;
  for (const f of files(data)) {
    assert.doesNotMatch(f, /\.(wav|raw|pcm|ogg|flac|mp3|opus)$/i, f);
    if (!/\.(sqlite|db|mentora|vault)$/.test(f)) assert.ok(statSync(f).size < heard, `${f} is ${statSync(f).size} bytes`);
  }
});
