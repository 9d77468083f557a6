import { type LoadProgress, type LoadReport, type LoadSummary } from "../../lib/load/summary";
import type { LoadSink } from "./sink";
import type { RunTally } from "./runner";
/** How a run is bounded, as the official CLI resolves its flags (10 calls at once; 10 s unless a count is given). */
export interface LoadBounds {
    concurrency: number;
    durationMs?: number;
    requests?: number;
    rate?: number;
}
export declare const DEFAULT_CONCURRENCY = 10;
export declare const DEFAULT_DURATION_MS = 10000;
export declare function resolveBounds(b: {
    concurrency?: number;
    durationMs?: number;
    requests?: number;
    rate?: number;
}): LoadBounds;
/** The official summary, its keys in the official order. */
export declare function summaryOf(tool: string, b: LoadBounds, t: RunTally): LoadSummary;
export declare function reportOf(tool: string, b: LoadBounds, t: RunTally, extra: {
    transport: "stdio" | "http" | "sse";
    warmup: number;
    sink: LoadSink;
    connectionLost?: string;
}): LoadReport;
/** The run so far, for the live view. */
export declare function progressOf(t: RunTally, phase: LoadProgress["phase"], elapsedMs: number): LoadProgress;
