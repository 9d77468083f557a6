import { ErrorTally } from "../../lib/load/errors";
import { LatencyStats } from "../../lib/load/latency";
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
export declare const realRunClock: RunClock;
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
export declare class RunTally {
    ok: number;
    toolErrors: number;
    errors: number;
    started: number;
    readonly latency: LatencyStats;
    readonly wire: LatencyHistogram;
    /** The latency of calls that failed or returned isError: the charts tell them from the rest. */
    readonly failedLatency: LatencyHistogram;
    /** Sum of (call − wire) over calls whose wire time is known. */
    overheadSum: number;
    readonly errorMessages: ErrorTally;
    readonly toolErrorMessages: ErrorTally;
    readonly throughput: ThroughputPoint[];
    private lastPoint;
    startedAt: number;
    elapsedMs: number;
    stopReason: StopReason;
    get completed(): number;
    get inFlight(): number;
    /** Close a stretch of the throughput line at `now` (ms since the run started). */
    mark(now: number): void;
}
/**
 * Call `call` from `concurrency` workers until the duration or the count is reached, at most
 * `rate` starts per second, as the official CLI's runLoad does; latency is timed on a monotonic
 * clock around each call. Resolves with the tally once every call in flight has ended.
 */
export declare function runLoad(call: () => Promise<CallOutcome>, o: RunOptions, tally?: RunTally): Promise<RunTally>;
