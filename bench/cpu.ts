import { readFileSync, readdirSync } from "node:fs";
import type { Row } from "./figure";
import { round } from "./stats";

/**
 * CPU time of a process so far, in µs, from /proc (Linux; undefined elsewhere): the sum of its
 * threads' schedstat run times, which count in nanoseconds (stat's ticks are 10 ms); with
 * `mainThreadOnly`, its main thread's alone (the JavaScript thread a CPU profile samples).
 */
export function cpuOfPid(pid: number, mainThreadOnly = false): number | undefined {
  let threads: string[];
  try {
    threads = mainThreadOnly ? [String(pid)] : readdirSync(`/proc/${pid}/task`);
  } catch {
    return undefined;
  }
  let ns = 0;
  for (const t of threads) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${t}/schedstat`, "utf8").split(" ")[0]);
    } catch {
      // A thread that ended meanwhile: its time is lost to the sum (short-lived threads are rare here).
    }
  }
  return ns / 1000;
}

const ownCpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

/**
 * CPU per operation of the backend (another process) and of this one (the page's side), summed
 * over the stretches between start() and stop(n).
 */
export class CpuMeter {
  ops = 0;
  private readonly total = { backend: 0, page: 0 };
  private at?: { b?: number; p: number };

  constructor(private readonly backendPid: number) {}

  start(): void {
    this.at = { b: cpuOfPid(this.backendPid), p: ownCpu() };
  }

  stop(ops: number): void {
    const b = cpuOfPid(this.backendPid);
    const p = ownCpu();
    if (!this.at) return;
    this.total.backend += this.at.b !== undefined && b !== undefined ? b - this.at.b : NaN;
    this.total.page += p - this.at.p;
    this.ops += ops;
    this.at = undefined;
  }

  perOp(which: "backend" | "page"): number {
    return this.ops ? this.total[which] / this.ops : NaN;
  }
}

/** Rows: CPU per call of the backend and of the page, beside the socket hop's. */
export function cpuRows(call: CpuMeter, hop: CpuMeter): Row[] {
  if (!call.ops || Number.isNaN(call.perOp("backend"))) return [];
  return [
    {
      metric: "backend CPU per call (hop alone in baseline)",
      unit: "µs",
      inspector: round(call.perOp("backend"), 0),
      baseline: round(hop.perOp("backend"), 0),
    },
    {
      metric: "page-side CPU per call (hop alone in baseline)",
      unit: "µs",
      inspector: round(call.perOp("page"), 0),
      baseline: round(hop.perOp("page"), 0),
    },
  ];
}
