// Figure 16 (issue 65): what `inspector tap` costs a host. The same byte-level host talks to the
// flood fixture three ways: directly, through a bare pipe-through proxy in Node (the floor of any
// stdio proxy: one more process), and through the tap (forwarding, and recording a copy with
// pairing and the lint). One call's latency (a tools/call answered at once, sequential) and a
// 100,000-notification flood's throughput. Goal: the tap within 1.1× of the bare proxy for both.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Figure, Row } from "../figure";
import { ROOT, fixturePath } from "../env";
import { median, round } from "../stats";

const CALLS = 2_000;
const WARMUP = 300;
const FLOOD = 100_000;
const ROUNDS = 3;

type Way = "direct" | "bare proxy" | "tap";

function launch(way: Way): ChildProcess {
  const server = [fixturePath("flood")];
  const argv =
    way === "direct"
      ? server
      : way === "bare proxy"
        ? [path.join(ROOT, "bench/direct/bare-proxy.mjs"), process.execPath, ...server]
        : [path.join(ROOT, "bin/inspector.mjs"), "tap", "--", process.execPath, ...server];
  const child = spawn(process.execPath, argv, { stdio: ["pipe", "pipe", "ignore"] });
  return child;
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

/** CPU time (user + system) of a process so far, in ms: less moved by a busy machine than wall time. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  // utime and stime are fields 14 and 15 of the whole line (11 and 12 after "pid (comm) "), in clock ticks (100 a second).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function measure(way: Way): Promise<{ callMs: number; floodPerS: number; cpuCall: number; cpuFlood: number }> {
  const child = launch(way);
  try {
    const h = host(child);
    let id = 1;
    await h.ask(id++, "initialize", { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "bench", version: "1" } });
    child.stdin!.write('{"jsonrpc":"2.0","method":"notifications/initialized"}\n');
    const call = () => h.ask(id++, "tools/call", { name: "flood", arguments: { count: 0 } });
    for (let i = 0; i < WARMUP; i++) await call();
    const c0 = cpuMs(child.pid!);
    const t0 = performance.now();
    for (let i = 0; i < CALLS; i++) await call();
    const callMs = (performance.now() - t0) / CALLS;
    const c1 = cpuMs(child.pid!);
    const before = h.seen();
    const t1 = performance.now();
    await h.ask(id++, "tools/call", { name: "flood", arguments: { count: FLOOD, kind: "log" } });
    const floodMs = performance.now() - t1;
    const c2 = cpuMs(child.pid!);
    if (h.seen() - before < FLOOD) throw new Error(`${way}: the host got ${h.seen() - before} lines, not ${FLOOD}`);
    return { callMs, floodPerS: FLOOD / (floodMs / 1000), cpuCall: ((c1 - c0) / CALLS) * 1000, cpuFlood: c2 - c1 };
  } finally {
    child.stdin!.end();
    child.kill();
  }
}

export const tapCost: Figure = {
  id: "16",
  title: "the tap between a host and its server: one call's latency, a 100,000-notification flood",
  baseline: "a bare pipe-through proxy in Node (spawn and pipe, nothing else); direct shown in the notes",
  async run() {
    const got: Record<Way, { callMs: number[]; floodPerS: number[]; cpuCall: number[]; cpuFlood: number[] }> = {
      direct: { callMs: [], floodPerS: [], cpuCall: [], cpuFlood: [] },
      "bare proxy": { callMs: [], floodPerS: [], cpuCall: [], cpuFlood: [] },
      tap: { callMs: [], floodPerS: [], cpuCall: [], cpuFlood: [] },
    };
    // Interleaved rounds: the machine is shared, so the three ways see the same load.
    for (let r = 0; r < ROUNDS; r++)
      for (const way of ["direct", "bare proxy", "tap"] as Way[]) {
        const m = await measure(way);
        got[way].callMs.push(m.callMs);
        got[way].floodPerS.push(m.floodPerS);
        got[way].cpuCall.push(m.cpuCall);
        got[way].cpuFlood.push(m.cpuFlood);
      }
    const med = (way: Way) => ({
      callMs: median(got[way].callMs),
      floodPerS: median(got[way].floodPerS),
      cpuCall: median(got[way].cpuCall),
      cpuFlood: median(got[way].cpuFlood),
    });
    const [direct, bare, tap] = [med("direct"), med("bare proxy"), med("tap")];
    const rows: Row[] = [
      {
        metric: "one call through the tap",
        unit: "ms",
        inspector: round(tap.callMs, 4),
        baseline: round(bare.callMs, 4),
        ratio: round(tap.callMs / bare.callMs, 3),
        target: "≤ 1.1× baseline",
        met: tap.callMs / bare.callMs <= 1.1,
      },
      {
        metric: "flood through the tap",
        unit: "msg/s",
        inspector: round(tap.floodPerS, 0),
        baseline: round(bare.floodPerS, 0),
        ratio: round(bare.floodPerS / tap.floodPerS, 3),
        target: "≤ 1.1× baseline",
        met: bare.floodPerS / tap.floodPerS <= 1.1,
      },
    ];
    return {
      rows,
      notes: [
        `medians of ${ROUNDS} interleaved rounds; ${CALLS} sequential calls after ${WARMUP} warm-up calls; one flood of ${FLOOD.toLocaleString("en-US")} log notifications`,
        `direct: ${round(direct.callMs, 4)} ms a call, ${round(direct.floodPerS, 0)} msg/s; bare proxy ${round(bare.callMs / direct.callMs, 2)}× direct a call`,
        `CPU of the middle process (the server itself for direct): a call ${round(bare.cpuCall, 1)} µs bare, ${round(tap.cpuCall, 1)} µs the tap; the flood ${round(bare.cpuFlood, 0)} ms bare, ${round(tap.cpuFlood, 0)} ms the tap (recording included)`,
        "the tap records every frame (pairing and lint) in the same process; no page was open (the tap has none yet)",
      ],
    };
  },
};
