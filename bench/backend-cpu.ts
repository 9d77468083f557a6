// The backend's CPU per call against the bare forwarder's (issue 74, judged by issue 93): shared by
// figure 1 (its judged row) and `node bench/profile.mjs cpu1` (a before/after of backend bundles).
import path from "node:path";
import { everythingTarget, headlessPage, ROOT } from "./env";
import { startUntil } from "./proc";
import { startBareForwarder } from "./forwarder";
import { cpuOfPid } from "./cpu";

export interface DrivenBackend {
  pid: number;
  /** One tools/call echo through it, as the page sends it. */
  call(): Promise<unknown>;
  /** A command the backend answers itself (cancel of nothing): its socket hop alone. */
  hop(): Promise<unknown>;
  stop(): Promise<void>;
}

/** Monotonic time in µs, on the clock a V8 CPU profile's timestamps use (CLOCK_MONOTONIC on Linux). */
export const monoUs = () => Number(process.hrtime.bigint() / 1000n);

/** A backend bundle (node `args`) with a headless page connected to the everything server. */
export async function backendWithPage(args: string[]): Promise<DrivenBackend> {
  const { child, match } = await startUntil(process.execPath, args, /^(\{.*\})\n/m);
  const info = JSON.parse(match[1]) as { port: number; token: string; pid: number };
  const { client, ws } = await headlessPage(info.port, info.token, {});
  await client.hello(0);
  const state = await client.command({ type: "connect", spec: { target: everythingTarget } });
  if (state.status !== "connected") throw new Error(`could not connect: ${state.error?.message}`);
  return {
    pid: info.pid,
    call: () => client.command({ type: "call-tool", name: "echo", arguments: { message: "hello" } }),
    hop: () => client.command({ type: "cancel", target: "nothing" }).catch(() => undefined),
    async stop() {
      ws.close();
      child.kill("SIGTERM");
      await new Promise((r) => child.once("close", r));
    },
  };
}

/** The bare forwarder (the floor: the hop and the pipe, nothing of ours), driven as a backend is. */
export async function bareForwarder(): Promise<DrivenBackend> {
  return forwarder();
}

/**
 * The SDK's forwarder (issue 93, information): the hop and the official SDK client's callTool over
 * its own stdio transport, nothing of ours; the v2 client the engine is built on, or the v1 client.
 */
export async function sdkForwarder(sdk: "v2" | "v1" = "v2"): Promise<DrivenBackend> {
  return forwarder(path.join(ROOT, "bench/sdk-forwarder.mjs"), sdk === "v1" ? ["--v1"] : []);
}

async function forwarder(script?: string, flags?: string[]): Promise<DrivenBackend> {
  const f = await startBareForwarder(script, flags);
  return { pid: f.pid, call: f.call, hop: f.hop, stop: f.close };
}

/** Run n calls of f: the window on the monotonic clock and the process's CPU per call (all threads; main thread). */
export async function measured(pid: number, n: number, f: () => Promise<unknown>) {
  const c0 = { all: cpuOfPid(pid)!, main: cpuOfPid(pid, true)! };
  const from = monoUs();
  for (let i = 0; i < n; i++) await f();
  const to = monoUs();
  return { from, to, n, wallUs: (to - from) / n, cpuUs: (cpuOfPid(pid)! - c0.all) / n, mainUs: (cpuOfPid(pid, true)! - c0.main) / n };
}

export interface CpuPerCall {
  /** Each round's CPU per call (all threads), per call on the main thread, per hop, wall per call; µs. */
  call: number[];
  main: number[];
  hop: number[];
  wall: number[];
}

/**
 * Each backend's CPU per call in `rounds` rounds of `per` calls (and `per / 4` hops), alternating
 * which goes first, so a before and an after (or ours and the floor) share the machine's load.
 * The backends are warmed up by `warmup` calls each first.
 */
export async function cpuRounds(backends: DrivenBackend[], rounds: number, per: number, warmup: number): Promise<CpuPerCall[]> {
  for (const b of backends) for (let i = 0; i < warmup; i++) await b.call();
  const rows = backends.map(() => ({ call: [] as number[], main: [] as number[], hop: [] as number[], wall: [] as number[] }));
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? [...backends.keys()].reverse() : [...backends.keys()];
    for (const i of order) {
      const c = await measured(backends[i].pid, per, backends[i].call);
      const h = await measured(backends[i].pid, per / 4, backends[i].hop);
      rows[i].call.push(c.cpuUs);
      rows[i].main.push(c.mainUs);
      rows[i].wall.push(c.wallUs);
      rows[i].hop.push(h.cpuUs);
    }
  }
  return rows;
}
