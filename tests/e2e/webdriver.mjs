// A minimal W3C WebDriver client over fetch, and a tauri-driver launcher, for the end-to-end tests.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { xwdToPng } from "./xwd.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, "../..");
export const appBinary = path.join(repo, "target/debug/mentora-app");
export const artifacts = path.join(repo, "tests/e2e/artifacts");

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export { freePort };

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts `mentora dev mock-gemini` as a process of its own with `script` (a list of replies, written
 * into `dir`), waits until it answers, and returns its base URL, a request counter and the process.
 */
export async function startMockGemini(dir, key, script) {
  const port = await freePort();
  const file = path.join(dir, "script.json");
  writeFileSync(file, JSON.stringify(script));
  const proc = spawn(path.join(repo, "target/debug/mentora"), ["dev", "mock-gemini", "--port", String(port), "--key", key, "--script", file], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  const count = async () => (await (await fetch(`${base}/mock/requests`)).json()).count;
  for (let i = 0; i < 100; i++) {
    try {
      await count();
      break;
    } catch {
      await sleep(100);
    }
  }
  return { base, count, proc };
}

/** Starts tauri-driver (which starts WebKitWebDriver) on free loopback ports. */
export async function startDriver(env = {}) {
  const port = await freePort();
  const nativePort = await freePort();
  const proc = spawn("tauri-driver", ["--port", String(port), "--native-port", String(nativePort)], {
    stdio: ["ignore", "inherit", "inherit"],
    // Its own process group: stop() ends tauri-driver, WebKitWebDriver and any window they left
    // (a window left running holds the test's stderr open, and the test runner would wait forever).
    detached: true,
    // The developer switch: the tests' mock Gemini is on loopback.
    // English unless a test asks otherwise: the tests read the window's English words. The web view's
    // storage (theme and language choices) in a fresh folder per driver, so that no choice made by one
    // test, or by the person on this machine, reaches another test's window.
    env: {
      ...process.env,
      MENTORA_DEV_LOOPBACK_HTTP: "1",
      MENTORA_LANG: "en",
      XDG_DATA_HOME: mkdtempSync(path.join(os.tmpdir(), "mentora-e2e-web-")),
      ...env,
    },
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const r = await fetch(`${base}/status`);
      if (r.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error("tauri-driver did not start within 30 s");
    await sleep(200);
  }
  return {
    base,
    pid: proc.pid,
    stop: () => {
      try {
        process.kill(-proc.pid, "SIGTERM");
      } catch {
        proc.kill("SIGTERM");
      }
    },
  };
}

async function wd(base, method, url, body) {
  const r = await fetch(base + url, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await r.json();
  if (!r.ok) throw new Error(`${method} ${url}: ${r.status} ${JSON.stringify(json.value)}`);
  return json.value;
}

const elementId = (e) => Object.values(e)[0];

/** A WebDriver session on the real Mentora window. */
export class Session {
  static async open(base, args = [], application = appBinary) {
    const value = await wd(base, "POST", "/session", {
      capabilities: { alwaysMatch: { "tauri:options": { application, args } } },
    });
    return new Session(base, value.sessionId);
  }
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }
  cmd(method, url, body) {
    return wd(this.base, method, `/session/${this.id}${url}`, body);
  }
  async all(css) {
    const found = await this.cmd("POST", "/elements", { using: "css selector", value: css });
    return found.map(elementId);
  }
  /** Waits until `css` matches at least `count` elements, then returns them. */
  async waitFor(css, count = 1, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const els = await this.all(css);
      if (els.length >= count) return els;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${count} × ${css} (found ${els.length})`);
      await sleep(200);
    }
  }
  text(el) {
    return this.cmd("GET", `/element/${el}/text`);
  }
  attr(el, name) {
    return this.cmd("GET", `/element/${el}/attribute/${name}`);
  }
  click(el) {
    return this.cmd("POST", `/element/${el}/click`, {});
  }
  type(el, text) {
    return this.cmd("POST", `/element/${el}/value`, { text });
  }
  /**
   * The window as the X server shows it (Xvfb's screen file, MENTORA_E2E_FBDIR, cut to the window),
   * or WebKitWebDriver's own screenshot where there is no screen file. Mentora paints without
   * WebKit's compositor (src-tauri/src/rendering.rs), and then WebKit's screenshot can hang.
   * A window that shows one colour only (nothing painted) fails the test.
   */
  async screenshot(name) {
    mkdirSync(artifacts, { recursive: true });
    // Let the last change paint: two animation frames, then a little more for the X server.
    await this.cmd("POST", "/execute/async", { script: "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));", args: [] });
    await sleep(300);
    const file = path.join(artifacts, name);
    const fbdir = process.env.MENTORA_E2E_FBDIR;
    if (!fbdir) {
      writeFileSync(file, Buffer.from(await this.cmd("GET", "/screenshot"), "base64"));
      return file;
    }
    const rect = await this.cmd("GET", "/window/rect");
    const shot = xwdToPng(readFileSync(path.join(fbdir, "Xvfb_screen0")), rect);
    writeFileSync(file, shot.png);
    if (shot.colours < 2) throw new Error(`${name}: the window shows one colour only (nothing painted): ${file}`);
    return file;
  }
  close() {
    return this.cmd("DELETE", "");
  }
  /** Clears a field and types into it. */
  async fill(css, text) {
    const [el] = await this.waitFor(css);
    await this.cmd("POST", `/element/${el}/clear`, {});
    await this.type(el, text);
    return el;
  }
  async clickOn(css) {
    const [el] = await this.waitFor(css);
    await this.click(el);
    return el;
  }
  /** Scrolls the first element matching `css` into view (for screenshots of long screens). */
  scrollTo(css) {
    return this.cmd("POST", "/execute/sync", { script: "document.querySelector(arguments[0]).scrollIntoView({block: 'center'});", args: [css] });
  }
  /** Onboarding from the first screen to the app: a profile, the recovery key confirmed, no Gemini key. */
  async onboardWithoutKey(name, password) {
    await this.waitFor('[data-testid="onboarding"]');
    await this.fill('[data-testid="onb-name"]', name);
    await this.fill('[data-testid="onb-password"]', password);
    await this.fill('[data-testid="onb-password2"]', password);
    await this.clickOn('[data-testid="onb-create"]');
    await this.waitFor('[data-testid="onb-recovery-key"]', 1, 60_000);
    await this.clickOn('[data-testid="onb-saved"]');
    await this.clickOn('[data-testid="onb-next"]');
    await this.clickOn('[data-testid="onb-key-save"]'); // "Continue without a key"
    await this.clickOn('[data-testid="onb-finish"]');
  }
  /**
   * Runs axe-core (ui/node_modules/axe-core, the version pinned in ui/package.json) inside the window
   * on what it shows now: WCAG 2.0/2.1 A and AA rules and axe's best practices. Returns the
   * violations, each with its rule, impact, help text and up to five elements.
   */
  async axe() {
    const source = readFileSync(path.join(repo, "ui/node_modules/axe-core/axe.min.js"), "utf8");
    await this.cmd("POST", "/execute/sync", { script: `${source}; return typeof window.axe;`, args: [] });
    await sleep(300); // let transitions settle
    const result = await this.cmd("POST", "/execute/async", {
      script: `const done = arguments[arguments.length - 1];
        window.axe.run(document, {
          runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
          resultTypes: ["violations"],
        }).then((r) => done(JSON.stringify(r.violations.map((v) => ({
          id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.join(" "), summary: n.failureSummary })),
          count: v.nodes.length,
        }))))).catch((e) => done(JSON.stringify({ error: String(e) })));`,
      args: [],
    });
    const parsed = JSON.parse(result);
    if (!Array.isArray(parsed)) throw new Error(`axe failed: ${result}`);
    return parsed;
  }
  /** From the onboarding or lock screen: the system check (doctor, photo analysis, camera). */
  async openSystemCheck() {
    await this.clickOn('[data-testid="open-system-check"]');
  }
}
