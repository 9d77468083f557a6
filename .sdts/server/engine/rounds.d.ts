import type { NewEntry } from "../../lib/record/format";
import type { RequestOutcome } from "../../lib/wire/outcomes";
import type { Connection } from "./connection";
import type { RequestHandle, RequestOptions, Settled } from "./requests";
/** One request as first sent: what a round sends again. */
export interface FirstRound {
    method: string;
    params: Record<string, unknown> | undefined;
    opts: RequestOptions;
    first: RequestHandle;
}
/** What later rounds need of the engine: one object per engine, not one per request. */
export interface RoundHooks {
    /** Read tools/list (a -32020 for a tool whose Mcp-Param headers were not known yet). */
    relist(): Promise<unknown>;
    /** False once the connection is no longer the engine's. */
    current(conn: Connection): boolean;
    /** A failure of `method` in words (the server died, say). */
    explain(conn: Connection, err: unknown, method: string): Error;
}
/**
 * Wait for a request's last word. An `input_required` result (2026-07-28) is answered through the
 * person and the request sent again, each retry naming the first request's seq; a -32020 for a
 * tool not yet listed reads the list and sends it again, once.
 */
export declare function settleRounds(conn: Connection, req: FirstRound, hooks: RoundHooks): Promise<Settled>;
export declare function notOnModernWire(method: string): boolean;
/**
 * A 2025 method the 2026-07-28 wire does not have, answered here instead of sent: the log level
 * goes in each request's `_meta` from now on; ping has no replacement (it fails, saying so).
 */
export declare function answerLocally(conn: Connection, method: string, params: Record<string, unknown> | undefined, append: (e: NewEntry) => {
    seq: number;
}): [{
    requestSeq: number;
}, Promise<RequestOutcome>];
