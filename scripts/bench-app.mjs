// The desktop app's startup and memory, medians of 5 runs under Xvfb (run through scripts/bench-app.sh):
//  - cold start: process spawn → the first screen is interactive (the window reports it once the UI
//    has mounted and loaded its data: a line "mentora: interactive after N ms" on stdout);
//  - idle memory: after 30 s on that screen, the RSS of the app and every process it started
//    (WebKit's web and network processes), from /proc.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const app = process.argv[2] ?? "target/release/mentora-app";
const RUNS = Number(process.env.RUNS ?? 5);
const IDLE_S = Number(process.env.IDLE_S ?? 30);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function children(pid) {
  const all = readdirSync("/proc").filter((d) => /^\d+$/.test(d));
  const parent = new Map();
  for (const p of all) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      parent.set(Number(p), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {}
  }
  const out = [pid];
  for (let i = 0; i < out.length; i++) for (const [c, pp] of parent) if (pp === out[i]) out.push(c);
  return out;
}

function rssKb(pid) {
  try {
    const m = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/);
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

const median = (v) => [...v].sort((a, b) => a - b)[v.length >> 1];
const starts = [];
const mems = [];
for (let run = 1; run <= RUNS; run++) {
  const data = mkdtempSync(path.join(os.tmpdir(), "mentora-bench-"));
  const t0 = performance.now();
  const p = spawn(app, [], { env: { ...process.env, MENTORA_DATA_DIR: data }, stdio: ["ignore", "pipe", "pipe"] });
  const ready = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("no 'interactive' line within 60 s")), 60_000);
    p.stdout.on("data", (b) => {
      if (/mentora: interactive after/.test(String(b))) {
        clearTimeout(timer);
        resolve(performance.now() - t0);
      }
    });
    p.on("exit", (c) => reject(new Error(`the app exited (${c})`)));
  });
  await sleep(IDLE_S * 1000);
  const procs = children(p.pid);
  const kb = procs.reduce((s, q) => s + rssKb(q), 0);
  p.kill("SIGTERM");
  await sleep(1000);
  rmSync(data, { recursive: true, force: true });
  console.log(`run ${run}: interactive after ${ready.toFixed(0)} ms; after ${IDLE_S} s idle ${(kb / 1024).toFixed(1)} MB RSS over ${procs.length} processes`);
  starts.push(ready);
  mems.push(kb / 1024);
}
console.log(`median of ${RUNS}: cold start to the first interactive screen ${median(starts).toFixed(0)} ms (target ≤ 1000); idle memory ${median(mems).toFixed(1)} MB (target ≤ 250)`);
