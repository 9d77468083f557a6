import { type Engine } from "../engine";
import type { ProbeResult } from "./result";
type Item = Record<string, unknown>;
/** In the 2026-07-28 era the log level travels in each request's `_meta`: there is no logging/setLevel to probe. */
export declare function probeSetLevel(engine: Engine, era?: "legacy" | "modern"): Promise<ProbeResult>;
/** completion/complete for the first prompt argument (or resource template variable) there is. */
export declare function probeCompletion(engine: Engine, prompts: Item[], templates: Item[]): Promise<ProbeResult>;
/** Subscribe to the first listed resource, then unsubscribe (2026-07-28 replaced both with subscriptions/listen). */
export declare function probeSubscribe(engine: Engine, resources: Item[], era?: "legacy" | "modern"): Promise<ProbeResult[]>;
/**
 * prompts/get of each listed prompt. One without required arguments is read as is. One with
 * required arguments runs only with `withArguments` (`--call-tools`, the opt-in that lets check
 * call tools): arguments carry no schema, so check would have to guess them, and a prompt is
 * server code that may act on what it is given (issue 48: a prompt that ran its argument through
 * a shell ran check's guess "1"). With the opt-in they are filled from completions when the
 * server offers them, else "test", then "1"; a failure with guessed arguments is a warning: the
 * guess may be what is wrong.
 */
export declare function probePromptsGet(engine: Engine, prompts: Item[], opts?: {
    canComplete?: boolean;
    withArguments?: boolean;
}): Promise<ProbeResult[]>;
/** resources/read of each listed resource. */
export declare function probeResourcesRead(engine: Engine, resources: Item[]): Promise<ProbeResult[]>;
export {};
