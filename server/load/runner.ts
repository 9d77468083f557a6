import { ErrorTally } from "../../lib/load/errors";
import { LatencyStats, round2 } from "../../lib/load/latency";
import { LatencyHistogram } from "../../lib/load/histogram";
import type { StopReason, ThroughputPoint } from "../../lib/load/summary";

/** How one call ended: ok or a tool error (isError), with its wire time when the sink knows it. A failed call throws. */
export interface CallOutcome {
  kind: "ok" | "tool-error";
  wireMs?: number;
  /** A tool error's first text, for grouping. */
  text?: string;
}

export interface RunClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realRunClock: RunClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
};

export interface RunOptions {
  concurrency: number;
  durationMs?: number;
  requests?: number;
  /** Calls started per second at most, spread evenly. */
  rate?: number;
  /** Stop starting calls (the page's Stop, Ctrl-C). */
  signal?: AbortSignal;
  /** False once the connection is gone: no call is started on a dead connection. */
  alive?(): boolean;
  clock?: RunClock;
}

/** What a run counted, live: read by progress ticks while it goes, and by the summary after. */
export class RunTally {
  ok = 0;
  toolErrors = 0;
  errors = 0;
  started = 0;
  readonly latency = new LatencyStats();
  readonly wire = new LatencyHistogram();
  /** The latency of calls that failed or returned isError: the charts tell them from the rest. */
  readonly failedLatency = new LatencyHistogram();
  /** Sum of (call − wire) over calls whose wire time is known. */
  overheadSum = 0;
  readonly errorMessages = new ErrorTally();
  readonly toolErrorMessages = new ErrorTally();
  readonly throughput: ThroughputPoint[] = [];
  private lastPoint = { at: 0, completed: 0, failed: 0 };
  startedAt = 0;
  elapsedMs = 0;
  stopReason: StopReason = "duration";

  get completed(): number {
    return this.ok + this.toolErrors + this.errors;
  }

  get inFlight(): number {
    return this.started - this.completed;
  }

  /** Close a stretch of the throughput line at `now` (ms since the run started). */
  mark(now: number): void {
    const dt = now - this.lastPoint.at;
    if (dt <= 0) return;
    const failed = this.toolErrors + this.errors;
    this.throughput.push({
      atMs: round2(now),
      perSecond: round2(((this.completed - this.lastPoint.completed) * 1000) / dt),
      failedPerSecond: round2(((failed - this.lastPoint.failed) * 1000) / dt),
    });
    this.lastPoint = { at: now, completed: this.completed, failed };
    // A long run keeps every other point: the line stays a few hundred points long.
    if (this.throughput.length > 600) for (let i = 1; i < this.throughput.length; i++) this.throughput.splice(i, 1);
  }
}

/**
 * Call `call` from `concurrency` workers until the duration or the count is reached, at most
 * `rate` starts per second, as the official CLI's runLoad does; latency is timed on a monotonic
 * clock around each call. Resolves with the tally once every call in flight has ended.
 */
export async function runLoad(call: () => Promise<CallOutcome>, o: RunOptions, tally = new RunTally()): Promise<RunTally> {
  const clock = o.clock ?? realRunClock;
  const start = clock.now();
  tally.startedAt = start;
  const deadline = o.durationMs === undefined ? Infinity : start + o.durationMs;
  const interval = o.rate === undefined ? 0 : 1000 / o.rate;
  let nextStart = start;

  /** The time this worker's next call may start, or undefined when the run is over. Synchronous: no two workers race. */
  const claim = (): number | undefined => {
    if (o.requests !== undefined && tally.started >= o.requests) return void (tally.stopReason = "requests");
    if (o.signal?.aborted) return void (tally.stopReason = "stopped");
    if (o.alive && !o.alive()) return void (tally.stopReason = "connection-lost");
    const now = clock.now();
    const at = Math.max(nextStart, now);
    if (at >= deadline) return void (tally.stopReason = "duration");
    tally.started++;
    nextStart = at + interval;
    return at - now;
  };

  const worker = async () => {
    for (let wait = claim(); wait !== undefined; wait = claim()) {
      if (wait > 0) await clock.sleep(wait);
      const t0 = clock.now();
      const turn = new LoopTurn();
      try {
        const out = await call();
        const ms = clock.now() - t0;
        if (out.kind === "ok") tally.ok++;
        else {
          tally.toolErrors++;
          tally.toolErrorMessages.add(out.text ?? "(no text)");
          tally.failedLatency.add(ms);
        }
        tally.latency.add(ms);
        if (out.wireMs !== undefined) {
          tally.wire.add(out.wireMs);
          tally.overheadSum += ms - out.wireMs;
        }
      } catch (err) {
        const ms = clock.now() - t0;
        tally.latency.add(ms);
        tally.failedLatency.add(ms);
        tally.errors++;
        tally.errorMessages.add(err instanceof Error ? err.message : String(err));
      }
      await turn.passed();
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, worker));
  tally.elapsedMs = clock.now() - start;
  tally.mark(tally.elapsedMs);
  return tally;
}

/**
 * Whether the event loop went round while a call ran. A call that settles in promise jobs alone (a
 * dead connection's "Not connected" rejects at once) never lets the loop turn: without a yield the
 * workers would start call after call until the deadline while the exit event that ends the run,
 * the progress ticks, Ctrl-C and everything else in the process waited (a 20 s --load-duration
 * against a server that died held its whole process for 20 s).
 */
class LoopTurn {
  private turned = false;
  private readonly handle = setImmediate(() => (this.turned = true));

  /** Resolves at once when the loop turned during the call; otherwise after one turn of it. */
  async passed(): Promise<void> {
    if (this.turned) return;
    clearImmediate(this.handle);
    await new Promise<void>((r) => setImmediate(r));
  }
}
