// Figure 16 (issue 65): what `inspector tap` costs a host. The same byte-level host talks to the
// flood fixture three ways: directly, through a bare pipe-through proxy in Node (the floor of any
// stdio proxy: one more process), and through the tap (forwarding, and recording a copy with
// pairing and the lint). One call's latency (a tools/call answered at once, sequential) and a
// 100,000-notification flood's throughput. Goal: the tap within 1.1× of the bare proxy for both.
// The tap records in the pauses of forwarding (server/tap/recorder.ts: after 100 ms without a frame): between the calls and the
// flood, and after the flood, each way waits until its middle process is idle, and the figure
// says how long the tap's recording took to catch up and what CPU it used. A last, smaller tap
// run (CHECK_FLOOD) saves its session and checks that every frame is in it (not the measured
// runs: redacting a 100,000-entry session takes the session writer 25–50 s here).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Figure, Row } from "../figure";
import { ROOT, fixturePath } from "../env";
import { median, round } from "../stats";
import { launchChromium, LOOPBACK_ONLY } from "../browser";
import type { Browser, Page } from "@playwright/test";

const CALLS = 2_000;
const WARMUP = 300;
const FLOOD = 100_000;
const ROUNDS = 5;
const CHECK_FLOOD = 20_000;

type Way = "direct" | "bare proxy" | "tap";

/** The taps' $XDG_RUNTIME_DIR, where a tap looks for a hub to join: empty, so each serves its own page. */
let runtime: string | undefined;
const runtimeDir = () => (runtime ??= mkdtempSync(path.join(tmpdir(), "bench-tap-runtime-")));

function launch(way: Way, save?: string): ChildProcess {
  const server = [fixturePath("flood")];
  const argv =
    way === "direct"
      ? server
      : way === "bare proxy"
        ? [path.join(ROOT, "bench/direct/bare-proxy.mjs"), process.execPath, ...server]
        : [path.join(ROOT, "bin/inspector.mjs"), "tap", ...(save ? ["--save-session", save] : []), "--", process.execPath, ...server];
  // The tap's stderr carries its start line (the live page's URL); the others' is not read.
  // A runtime folder of its own: the tap serves its page itself rather than join a hub of this
  // user's that is already running (server/tap/hub-dir.ts), whose links would be measured too.
  const env = way === "tap" ? { ...process.env, XDG_RUNTIME_DIR: runtimeDir() } : process.env;
  return spawn(process.execPath, argv, { env, stdio: ["pipe", "pipe", way === "tap" ? "pipe" : "ignore"] });
}

/** The tap's live page URL from its start line (stderr, the host's log). */
function pageUrlOf(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    const timer = setTimeout(() => reject(new Error(`the tap printed no live page URL: ${text.slice(0, 500)}`)), 30_000);
    child.stderr!.on("data", (c: Buffer) => {
      if (text.length > 100_000) return;
      text += c.toString("utf8");
      const m = /live page at (http:\/\/127\.0\.0\.1:\d+\/\?r=[\w-]+#launch=[\w-]+)/.exec(text);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
  });
}

/**
 * Open the tap's page as a person would and wait until it shows the host's session: the page
 * stays open (its socket live, the bridge sending it the record) for the whole measurement.
 */
async function openPage(browser: Browser, url: Promise<string>): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(await url);
  await page
    .getByTestId("tap-panel")
    .getByRole("heading", { name: /^Tap: bench ↔/ })
    .waitFor({ timeout: 30_000 });
  return page;
}

/** A host as bytes: write a line, wait for the line answering `id` (everything else counted). */
export function host(child: ChildProcess) {
  let partial = "";
  let seen = 0;
  const waiting = new Map<number, () => void>();
  child.stdout!.on("data", (c: Buffer) => {
    const lines = (partial + c.toString("utf8")).split("\n");
    partial = lines.pop()!;
    for (const line of lines) {
      seen++;
      // The fixture writes its answers as {"jsonrpc":"2.0","id":N,"result":…}; notifications have no id.
      const m = /^\{"jsonrpc":"2.0","id":(\d+)/.exec(line);
      const w = m && line.includes('"result"') ? waiting.get(Number(m[1])) : undefined;
      if (w) {
        waiting.delete(Number(m![1]));
        w();
      }
    }
  });
  const ask = (id: number, method: string, params: unknown) =>
    new Promise<void>((resolve) => {
      waiting.set(id, resolve);
      child.stdin!.write(JSON.stringify({ jsonrpc: "2.0", id, method, params }) + "\n");
    });
  return { ask, seen: () => seen };
}

/**
 * CPU time of a process so far, every thread (its GC's helpers too), in ms: from the scheduler's
 * nanosecond counters (/proc/PID/task/TID/schedstat), not the 10 ms ticks of /proc/PID/stat.
 */
function cpuMs(pid: number): number {
  let ns = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return ns / 1e6;
}

/**
 * Wait until the process is idle: under 2 ms of CPU in 100 ms, and at least 400 ms on (the tap
 * starts recording after 100 ms without traffic). How long it stayed busy, and its CPU meanwhile
 * (at most 20 s).
 */
async function idle(pid: number): Promise<{ ms: number; cpu: number }> {
  const t0 = performance.now();
  const c0 = cpuMs(pid);
  let last = c0;
  let busyUntil = t0;
  for (;;) {
    await new Promise((r) => setTimeout(r, 100));
    const c = cpuMs(pid);
    if (c - last >= 2) busyUntil = performance.now();
    last = c;
    if ((performance.now() - t0 >= 400 && performance.now() - busyUntil >= 200) || performance.now() - t0 > 20_000)
      return { ms: busyUntil - t0, cpu: c - c0 };
  }
}

interface Measured {
  callMs: number;
  floodPerS: number;
  cpuCall: number;
  cpuFlood: number;
  /** After the calls and after the flood: how long the middle process stayed busy, and its CPU then. */
  lagCalls: number;
  lagFlood: number;
  cpuAfter: number;
}

async function measure(way: Way, opts: { save?: string; flood?: number; browser?: Browser } = {}): Promise<Measured> {
  const { save, flood = FLOOD, browser } = opts;
  const child = launch(way, save);
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  // Read from the start: the start line may come before the host's first answer.
  const pageUrl = way === "tap" ? pageUrlOf(child) : undefined;
  pageUrl?.catch(() => undefined);
  let page: Page | undefined;
  try {
    const h = host(child);
    let id = 1;
    await h.ask(id++, "initialize", { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "bench", version: "1" } });
    child.stdin!.write('{"jsonrpc":"2.0","method":"notifications/initialized"}\n');
    // Issue 65: the tap's cost is measured with its live page open and recording.
    if (pageUrl && browser) page = await openPage(browser, pageUrl);
    const call = () => h.ask(id++, "tools/call", { name: "flood", arguments: { count: 0 } });
    for (let i = 0; i < WARMUP; i++) await call();
    const c0 = cpuMs(child.pid!);
    const t0 = performance.now();
    for (let i = 0; i < CALLS; i++) await call();
    const callMs = (performance.now() - t0) / CALLS;
    const c1 = cpuMs(child.pid!);
    const afterCalls = await idle(child.pid!);
    const before = h.seen();
    const c2 = cpuMs(child.pid!);
    const t1 = performance.now();
    await h.ask(id++, "tools/call", { name: "flood", arguments: { count: flood, kind: "log" } });
    const floodMs = performance.now() - t1;
    const c3 = cpuMs(child.pid!);
    if (h.seen() - before < flood) throw new Error(`${way}: the host got ${h.seen() - before} lines, not ${flood}`);
    const afterFlood = await idle(child.pid!);
    return {
      callMs,
      floodPerS: flood / (floodMs / 1000),
      cpuCall: ((c1 - c0) / CALLS) * 1000,
      cpuFlood: c3 - c2,
      lagCalls: afterCalls.ms,
      lagFlood: afterFlood.ms,
      cpuAfter: afterCalls.cpu + afterFlood.cpu,
    };
  } finally {
    await page?.close();
    // The host closes the tap's stdin, as a host that quits does: the tap stops the server (and saves).
    child.stdin!.end();
    await Promise.race([exited, new Promise((r) => setTimeout(r, 60_000))]);
    child.kill();
  }
}

/** The saved session's message entries, to check the record holds every frame. */
function messagesIn(file: string): number {
  const s = JSON.parse(readFileSync(file, "utf8")) as { entries: Array<{ kind: string }> };
  return s.entries.filter((e) => e.kind === "message").length;
}

const spread = (v: number[]) => `${round(Math.min(...v), 2)}–${round(Math.max(...v), 2)}×`;

export const tapCost: Figure = {
  id: "16",
  title: "the tap between a host and its server: one call's latency, a 100,000-notification flood",
  baseline: "a bare pipe-through proxy in Node (spawn and pipe, nothing else); direct shown in the notes",
  async run() {
    const got: Record<Way, Measured[]> = { direct: [], "bare proxy": [], tap: [] };
    const dir = mkdtempSync(path.join(tmpdir(), "bench-tap-"));
    const save = path.join(dir, "tap.session.json");
    const browser = await launchChromium(LOOPBACK_ONLY).catch(() => undefined);
    try {
      // Interleaved rounds, the order turned each round: the machine is shared, so the three ways see the same load.
      const ways: Way[] = ["direct", "bare proxy", "tap"];
      for (let r = 0; r < ROUNDS; r++)
        for (let k = 0; k < ways.length; k++) {
          const way = ways[(k + r) % ways.length];
          got[way].push(await measure(way, { browser }));
        }
      await measure("tap", { save, flood: CHECK_FLOOD });
      // initialize and its answer, initialized, every call and its answer, the flood and its answer.
      const expected = 3 + 2 * (WARMUP + CALLS) + CHECK_FLOOD + 2;
      const recorded = messagesIn(save);
      const med = (way: Way, k: keyof Measured) => median(got[way].map((m) => m[k]));
      const per = (k: keyof Measured, inverse = false) =>
        got.tap.map((m, i) => (inverse ? got["bare proxy"][i][k] / m[k] : m[k] / got["bare proxy"][i][k]));
      const callRatio = med("tap", "callMs") / med("bare proxy", "callMs");
      const floodRatio = med("bare proxy", "floodPerS") / med("tap", "floodPerS");
      const rows: Row[] = [
        {
          metric: "one call through the tap",
          unit: "ms",
          inspector: round(med("tap", "callMs"), 4),
          baseline: round(med("bare proxy", "callMs"), 4),
          ratio: round(callRatio, 3),
          target: "≤ 1.1× baseline",
          met: callRatio <= 1.1,
        },
        {
          metric: "flood through the tap",
          unit: "msg/s",
          inspector: round(med("tap", "floodPerS"), 0),
          baseline: round(med("bare proxy", "floodPerS"), 0),
          ratio: round(floodRatio, 3),
          target: "≤ 1.1× baseline",
          met: floodRatio <= 1.1,
        },
        {
          metric: "the middle process's CPU a call",
          unit: "µs",
          inspector: round(med("tap", "cpuCall"), 1),
          baseline: round(med("bare proxy", "cpuCall"), 1),
          ratio: round(med("tap", "cpuCall") / med("bare proxy", "cpuCall"), 3),
        },
        {
          metric: "the middle process's CPU during the flood",
          unit: "ms",
          inspector: round(med("tap", "cpuFlood"), 1),
          baseline: round(med("bare proxy", "cpuFlood"), 1),
          ratio: round(med("tap", "cpuFlood") / med("bare proxy", "cpuFlood"), 3),
        },
        {
          metric: "the tap's recording caught up after the flood",
          unit: "ms",
          inspector: round(med("tap", "lagFlood"), 0),
        },
      ];
      return {
        rows,
        notes: [
          `medians of ${ROUNDS} interleaved rounds (the order turned each round); ${CALLS} sequential calls after ${WARMUP} warm-up calls; one flood of ${FLOOD.toLocaleString("en-US")} log notifications; each way waits for its middle process to be idle between the calls and the flood`,
          `per-round ratios to the bare proxy: a call ${spread(per("callMs"))}, the flood ${spread(per("floodPerS", true))}, CPU a call ${spread(per("cpuCall"))}, CPU in the flood ${spread(per("cpuFlood"))}`,
          `direct: ${round(med("direct", "callMs"), 4)} ms a call, ${round(med("direct", "floodPerS"), 0)} msg/s; bare proxy ${round(med("bare proxy", "callMs") / med("direct", "callMs"), 2)}× direct a call (per round ${spread(got["bare proxy"].map((m, i) => m.callMs / got.direct[i].callMs))})`,
          `the tap records in the pauses of forwarding: its recording caught up ${round(med("tap", "lagCalls"), 0)} ms after the calls and ${round(med("tap", "lagFlood"), 0)} ms after the flood, using ${round(med("tap", "cpuAfter"), 0)} ms of CPU (the bare proxy ${round(med("bare proxy", "cpuAfter"), 0)} ms)`,
          `a tap run with a ${CHECK_FLOOD.toLocaleString("en-US")}-notification flood saved its session: ${recorded} of the ${expected} frames in it${recorded === expected ? "" : " (NOT ALL)"}`,
          browser
            ? "the tap's live page was open in Chromium through each measured tap run (opened from the start line's URL, waited on until it showed the host's session)"
            : "NO PAGE: no Chromium here (CHROMIUM_PATH), so the tap ran without its live page open",
        ],
      };
    } finally {
      await browser?.close();
      rmSync(dir, { recursive: true, force: true });
      if (runtime) rmSync(runtime, { recursive: true, force: true });
    }
  },
};
