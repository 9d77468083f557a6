import type { LoadProgress, LoadReport } from "../../lib/load/summary";
import type { Engine } from "../engine";
import { type LoadBounds } from "./report";
import type { LoadSink } from "./sink";
export interface ToolLoadPlan extends LoadBounds {
    tool: string;
    args: Record<string, unknown>;
    meta?: Record<string, unknown>;
    /** Calls made first, not counted. */
    warmup: number;
    signal?: AbortSignal;
    onProgress?(p: LoadProgress): void;
    /** How often onProgress hears of the run (and the throughput line gets a point). */
    tickMs?: number;
}
/** The tool is not on the server (exit 5, as the official CLI's "Tool 'x' not found on server."). */
export declare class ToolNotFound extends Error {
    constructor(tool: string);
}
/**
 * Load-test one tool over a connected engine whose record is `sink`: list the tools (the tool
 * must be there), warm up, then the measured run. Latency is timed around engine.callTool (the
 * call entering the engine to its outcome); the sink gives each call's wire time beside it.
 */
export declare function runToolLoad(engine: Engine, sink: LoadSink, plan: ToolLoadPlan): Promise<LoadReport>;
