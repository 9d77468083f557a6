import { type Engine } from "../engine";
import type { RecordStore } from "../record/store";
import type { ProbeResult } from "./result";
/** 2026-07-28 changelog: what that era removed (ping, logging/setLevel, resources/subscribe, sessions). */
export declare const MODERN_CHANGES = "https://modelcontextprotocol.io/specification/2026-07-28/changelog";
export type Era = "legacy" | "modern";
/** ping must be answered with an empty result (2025 era: 2026-07-28 removed ping). */
export declare function probePing(engine: Engine, era?: Era): Promise<ProbeResult>;
/** An unknown method must be rejected with -32601 Method not found. */
export declare function probeUnknownMethod(engine: Engine): Promise<ProbeResult>;
/**
 * tools/call with arguments that break the tool's inputSchema: a -32602 protocol error or a
 * result with isError (2025-11-25 prefers the latter, so a model can correct itself). Success is a
 * SHOULD broken, not a MUST: the spec says servers MUST validate tool inputs, but whether a left-out
 * argument is wrong is the tool's to say (it may fill a default), so a tool that accepts it is a
 * warning.
 */
export declare function probeInvalidToolArgs(engine: Engine, tools: Array<Record<string, unknown>>, mayCall: (t: Record<string, unknown>) => boolean, callTools?: boolean): Promise<ProbeResult>;
/**
 * Cancel a request right after sending it; the server must keep working (and should not answer
 * the cancelled request, though a fast answer may cross the notification: that is only noted).
 * Whether it still works is asked with ping, or in the 2026-07-28 era (no ping) with
 * server/discover, which every modern server implements. Over modern HTTP the engine cancels by
 * closing the request's stream, which the record does not show: `cancelledSeq` names the request.
 */
export declare function probeCancellation(engine: Engine, record: RecordStore, method: string, era?: Era): Promise<ProbeResult & {
    cancelledSeq: number;
}>;
/**
 * A request that got no answer at all (the server exited, the connection was cut, check's own
 * timeout passed): an error whatever the probe's level, since JSON-RPC 2.0 says the server MUST
 * reply to every request. runCheck adds the stderr written at an exit.
 */
export declare function noAnswer(base: Omit<ProbeResult, "status" | "message">, message: string): ProbeResult;
export declare function describe(e: unknown): string;
