// Mentora's window beside a bare Tauri 2 window (benches/bare-window: "Hello", same tauri, same
// WebKitGTK, same Xvfb), in one run, medians of RUNS (run through scripts/bench-app.sh):
//  1. cold start: process spawn → first screen interactive (each window prints "...: interactive
//     after N ms" once its page has loaded; Mentora's after its first screen has mounted and loaded);
//  2. idle on the first screen: after IDLE_S s, RSS and PSS summed over the app and every process it
//     started (WebKit's web and network processes), from /proc/<pid>/smaps_rollup;
//  3. after unlock with the chat screen open IDLE_S s (Mentora: a new profile made through the
//     window, then Chat; bare: its one page), driven through tauri-driver, the same for both.
// Mentora has WebKit paint without its compositor (src-tauri/src/rendering.rs), so the bare window is
// measured twice: as it comes (the goals' peer) and painting the same way (the same switches), which
// shows what is still Mentora's own.
// PSS divides shared pages among the processes that map them, so it is the fairer total; RSS counts
// each shared library once per process.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Session, sleep, startDriver } from "../tests/e2e/webdriver.mjs";

const [mentora, bare] = [process.argv[2] ?? "target/release/mentora-app", process.argv[3] ?? "target/release/bare-window"].map((p) => path.resolve(p));
const RUNS = Number(process.env.RUNS ?? 3);
const IDLE_S = Number(process.env.IDLE_S ?? 30);
// COLD_ONLY=1: cold start (and the first screen) only, no unlocked Chat — for more runs of the start.
const COLD_ONLY = process.env.COLD_ONLY === "1";

function tree(pid) {
  const parent = new Map();
  for (const p of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      parent.set(Number(p), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {}
  }
  const out = [pid];
  for (let i = 0; i < out.length; i++) for (const [c, pp] of parent) if (pp === out[i]) out.push(c);
  return out;
}

/** RSS and PSS in MB over `pid` and its descendants. */
function memory(pid) {
  let rss = 0;
  let pss = 0;
  const procs = tree(pid);
  const each = [];
  for (const p of procs) {
    try {
      const s = readFileSync(`/proc/${p}/smaps_rollup`, "utf8");
      const r = Number(s.match(/^Rss:\s+(\d+)/m)?.[1] ?? 0);
      const q = Number(s.match(/^Pss:\s+(\d+)/m)?.[1] ?? 0);
      rss += r;
      pss += q;
      each.push(`${readFileSync(`/proc/${p}/comm`, "utf8").trim()} ${(q / 1024).toFixed(0)}`);
    } catch {}
  }
  return { rss: rss / 1024, pss: pss / 1024, procs: procs.length, each: each.join(", ") };
}

function findApp(root, exe) {
  return tree(root).find((p) => {
    try {
      return readFileSync(`/proc/${p}/cmdline`, "utf8").split("\0")[0] === exe;
    } catch {
      return false;
    }
  });
}

/** Waits (up to 15 s) until no window, WebKit or driver process of the last measurement is left, so
 *  that each cold start begins on a quiet machine, whichever window went before it. */
async function quiet() {
  const names = new Set(["mentora-app", "bare-window", "WebKitWebProces", "WebKitNetworkPr", "tauri-driver", "WebKitWebDriver"]);
  for (let i = 0; i < 150; i++) {
    const left = readdirSync("/proc").filter((d) => {
      try {
        return /^\d+$/.test(d) && names.has(readFileSync(`/proc/${d}/comm`, "utf8").trim());
      } catch {
        return false;
      }
    });
    if (!left.length) break;
    await sleep(100);
  }
  await sleep(1000);
}

async function coldAndIdle(exe, env) {
  await quiet();
  const data = mkdtempSync(path.join(os.tmpdir(), "bench-app-"));
  const t0 = performance.now();
  const p = spawn(exe, [], { env: { ...process.env, ...env, MENTORA_DATA_DIR: data }, stdio: ["ignore", "pipe", "inherit"] });
  const ready = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${exe}: no 'interactive' line within 60 s`)), 60_000);
    p.stdout.on("data", (b) => {
      if (/interactive after/.test(String(b))) {
        clearTimeout(timer);
        resolve(performance.now() - t0);
      }
    });
    p.on("exit", (c) => reject(new Error(`${exe} exited (${c})`)));
  });
  await sleep(IDLE_S * 1000);
  const m = memory(p.pid);
  p.removeAllListeners("exit");
  p.kill("SIGTERM");
  await sleep(1500);
  rmSync(data, { recursive: true, force: true });
  return { start: ready, ...m };
}

async function unlockedChat(exe, isMentora, env) {
  const data = mkdtempSync(path.join(os.tmpdir(), "bench-app-"));
  const driver = await startDriver({ ...env, MENTORA_DATA_DIR: data });
  try {
    const s = await Session.open(driver.base, [], exe);
    if (isMentora) {
      await s.onboardWithoutKey("Bench", "correct horse battery staple");
      await s.clickOn('[data-testid="nav-chat"]');
      await s.waitFor("#chat-input");
    }
    await sleep(IDLE_S * 1000);
    const pid = findApp(driver.pid, exe);
    if (!pid) throw new Error(`${exe} not found under tauri-driver`);
    const m = memory(pid);
    await s.cmd("DELETE", "").catch(() => {});
    return m;
  } finally {
    driver.stop();
    await sleep(1500);
    rmSync(data, { recursive: true, force: true });
  }
}

const median = (v) => [...v].sort((a, b) => a - b)[v.length >> 1];
const PEERS = [
  ["bare", bare, {}],
  ["bare-same", bare, { WEBKIT_DISABLE_COMPOSITING_MODE: "1", WEBKIT_SKIA_ENABLE_CPU_RENDERING: "1" }],
  ["mentora", mentora, {}],
];
const rows = Object.fromEntries(PEERS.map(([name]) => [name, { cold: [], idle: [], chat: [] }]));
for (let run = 1; run <= RUNS; run++) {
  for (const [name, exe, env] of PEERS) {
    const a = await coldAndIdle(exe, env);
    const b = COLD_ONLY ? { rss: NaN, pss: NaN, procs: 0, each: "-" } : await unlockedChat(exe, name === "mentora", env);
    rows[name].cold.push(a.start);
    rows[name].idle.push(a);
    rows[name].chat.push(b);
    console.log(
      `run ${run} ${name.padEnd(7)}: interactive after ${a.start.toFixed(0)} ms; first screen ${IDLE_S} s: RSS ${a.rss.toFixed(1)} MB, PSS ${a.pss.toFixed(1)} MB (${a.procs} processes: PSS ${a.each}); ` +
        `${name === "mentora" ? "unlocked, chat" : "its page"} ${IDLE_S} s: RSS ${b.rss.toFixed(1)} MB, PSS ${b.pss.toFixed(1)} MB (${b.procs} processes: PSS ${b.each})`,
    );
  }
}
const med = (name, what, key) => median(rows[name][what].map((x) => (key ? x[key] : x)));
console.log(`\nmedians of ${RUNS} (${path.basename(mentora)} vs ${path.basename(bare)}; "bare, same painting" = bare without the compositor, as Mentora paints):`);
const line = (label, what, key, goal) => {
  const m = med("mentora", what, key);
  const b = med("bare", what, key);
  const n = med("bare-same", what, key);
  console.log(
    `  ${label.padEnd(34)} Mentora ${m.toFixed(1).padStart(7)}  bare ${b.toFixed(1).padStart(7)}  ratio ${(m / b).toFixed(2)}${goal ? ` (goal ≤ ${goal})` : "           "}` +
      `  |  bare, same painting ${n.toFixed(1).padStart(7)}  ratio ${(m / n).toFixed(2)}`,
  );
};
line("cold start to interactive (ms)", "cold", null, "1.20");
line("first screen idle RSS (MB)", "idle", "rss");
line("first screen idle PSS (MB)", "idle", "pss");
line("unlocked chat idle RSS (MB)", "chat", "rss", "1.10");
line("unlocked chat idle PSS (MB)", "chat", "pss", "1.15");
