// Figure 17 (issue 90 item 1): what the tap's start costs a host. A host spawns its server's
// command and writes `initialize` at once; the time to the answer is what it waits (Cline gives up
// at about 2.4 s and starts the server again). The reference everything server four ways: directly;
// through a bare pipe-through proxy in Node (the floor of any stdio proxy: one more Node start);
// through `tap --no-page`; through the tap with its live page (what `--print-config` prints).
// Goal: the tap within 1.15× of the bare proxy, with and without the page; and ten starts with the
// live page, each answered within 2 s (counted here, not a timed test).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os, { tmpdir } from "node:os";
import path from "node:path";
import type { Figure, Row } from "../figure";
import { cpuOfPid } from "../cpu";
import { EVERYTHING, ROOT } from "../env";
import { median, round } from "../stats";

const ROUNDS = 20;
/** A host's wait for its server's first answer (Cline's is about 2.4 s). */
const HOST_WAIT_MS = 2000;

type Way = "direct" | "bare proxy" | "tap --no-page" | "tap";
const WAYS: Way[] = ["direct", "bare proxy", "tap --no-page", "tap"];

const SERVER = [EVERYTHING, "stdio"];
const INITIALIZE =
  JSON.stringify({
    jsonrpc: "2.0",
    id: 0,
    method: "initialize",
    params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "bench", version: "1" } },
  }) + "\n";

/** The tap measured: this checkout's, or another build's bin/inspector.mjs (BENCH_TAP_BIN: a before and after). */
const TAP_BIN = process.env.BENCH_TAP_BIN || path.join(ROOT, "bin/inspector.mjs");

function argvOf(way: Way): string[] {
  const tap = (flags: string[]) => [TAP_BIN, "tap", ...flags, "--", process.execPath, ...SERVER];
  switch (way) {
    case "direct":
      return SERVER;
    case "bare proxy":
      return [path.join(ROOT, "bench/direct/bare-proxy.mjs"), process.execPath, ...SERVER];
    case "tap --no-page":
      return tap(["--no-page"]);
    case "tap":
      return tap([]);
  }
}

/**
 * One start as a host makes it: spawn, write initialize at once, time to the line answering id 0;
 * then close stdin (the host quits) and wait for the exit. A tap gets a runtime folder of its own
 * (no hub of this user's to join): each start is a host's first tap.
 */
async function start(way: Way): Promise<{ ms: number; cpuMs: number }> {
  const runtime = way.startsWith("tap") ? mkdtempSync(path.join(tmpdir(), "bench-tap-start-")) : undefined;
  const env = runtime ? { ...process.env, XDG_RUNTIME_DIR: runtime } : process.env;
  const t0 = performance.now();
  const child = spawn(process.execPath, argvOf(way), { env, stdio: ["pipe", "pipe", "ignore"] });
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  try {
    child.stdin.write(INITIALIZE);
    return await new Promise<{ ms: number; cpuMs: number }>((resolve, reject) => {
      let partial = "";
      const timer = setTimeout(() => reject(new Error(`${way}: no answer to initialize in 30 s`)), 30_000);
      child.stdout.on("data", (c: Buffer) => {
        const lines = (partial + c.toString("utf8")).split("\n");
        partial = lines.pop()!;
        if (lines.some(answersInitialize)) {
          clearTimeout(timer);
          // The middle process's CPU so far (direct: the server's own): what it took from the cores the server's start needed.
          resolve({ ms: performance.now() - t0, cpuMs: (cpuOfPid(child.pid!) ?? NaN) / 1000 });
        }
      });
      child.once("exit", (code) => reject(new Error(`${way}: exited (${code}) before answering initialize`)));
    });
  } finally {
    child.stdin.end();
    await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))]);
    child.kill();
    if (runtime) rmSync(runtime, { recursive: true, force: true });
  }
}

function answersInitialize(line: string): boolean {
  try {
    const m = JSON.parse(line) as { id?: unknown; result?: unknown };
    return m.id === 0 && m.result !== undefined;
  } catch {
    return false;
  }
}

const spread = (v: number[]) => `${round(Math.min(...v), 2)}–${round(Math.max(...v), 2)}×`;

export const tapStart: Figure = {
  id: "17",
  title: "the tap's start: a host's spawn to the answer to its initialize (the everything server)",
  baseline: "a bare pipe-through proxy in Node (spawn and pipe, nothing else); direct shown in the notes",
  async run() {
    const got: Record<Way, number[]> = { direct: [], "bare proxy": [], "tap --no-page": [], tap: [] };
    const cpu: Record<Way, number[]> = { direct: [], "bare proxy": [], "tap --no-page": [], tap: [] };
    const loads: number[] = [os.loadavg()[0]];
    // Interleaved rounds, the order turned each round: the machine is shared, so the ways see the same load.
    for (let r = 0; r < ROUNDS; r++)
      for (let k = 0; k < WAYS.length; k++) {
        const way = WAYS[(k + r) % WAYS.length];
        const m = await start(way);
        got[way].push(m.ms);
        cpu[way].push(m.cpuMs);
      }
    loads.push(os.loadavg()[0]);
    const med = (way: Way) => median(got[way]);
    const per = (way: Way) => got[way].map((ms, i) => ms / got["bare proxy"][i]);
    const within = got.tap.filter((ms) => ms <= HOST_WAIT_MS).length;
    const row = (way: "tap --no-page" | "tap", metric: string): Row => {
      const ratio = med(way) / med("bare proxy");
      return {
        metric,
        unit: "ms",
        inspector: round(med(way), 0),
        baseline: round(med("bare proxy"), 0),
        ratio: round(ratio, 3),
        target: "≤ 1.15× baseline",
        met: ratio <= 1.15,
      };
    };
    const rows: Row[] = [
      row("tap --no-page", "tap --no-page: spawn to the initialize answer"),
      row("tap", "tap with its live page: spawn to the initialize answer"),
      // Information: the wall time on a shared machine is mostly other processes' turns; the CPU is the tap's own.
      ...(["tap --no-page", "tap"] as const).map((way): Row => ({
        metric: `${way === "tap" ? "tap with its live page" : way}: its CPU until the answer`,
        unit: "ms",
        inspector: round(median(cpu[way]), 0),
        baseline: round(median(cpu["bare proxy"]), 0),
        ratio: round(median(cpu[way]) / median(cpu["bare proxy"]), 3),
      })),
      {
        metric: `tap with its live page: starts answered within ${HOST_WAIT_MS / 1000} s`,
        unit: `of ${ROUNDS}`,
        inspector: within,
        target: `${ROUNDS} of ${ROUNDS}`,
        met: within === ROUNDS,
      },
    ];
    return {
      rows,
      notes: [
        `medians of ${ROUNDS} interleaved rounds (the order turned each round), each start a fresh process as a host makes it; the load average ${round(loads[0], 2)} before, ${round(loads[1], 2)} after (two shared cores: absolute times move with it, the ratios less)`,
        `per-round ratios to the bare proxy: tap --no-page ${spread(per("tap --no-page"))}, with the page ${spread(per("tap"))}`,
        `direct ${round(med("direct"), 0)} ms; the bare proxy ${round(med("bare proxy") - med("direct"), 0)} ms more (one Node start); the tap with its page, slowest start ${round(Math.max(...got.tap), 0)} ms; within ${HOST_WAIT_MS / 1000} s at the same load: the bare proxy ${got["bare proxy"].filter((ms) => ms <= HOST_WAIT_MS).length} of ${ROUNDS}, direct ${got.direct.filter((ms) => ms <= HOST_WAIT_MS).length}`,
        ...(process.env.BENCH_TAP_BIN ? [`the tap measured: ${TAP_BIN} (BENCH_TAP_BIN)`] : []),
      ],
    };
  },
};
