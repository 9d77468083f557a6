import type { MessageEntry } from "../../lib/record/format";
import type { JsonRpcError } from "../../lib/wire/protocol";
/** The target answered with a JSON-RPC error: `rpc` is the error object exactly as sent. */
export declare class RpcError extends Error {
    readonly rpc: JsonRpcError;
    /** The response entry it came in, when the engine sent the request. */
    readonly response?: MessageEntry | undefined;
    constructor(rpc: JsonRpcError, 
    /** The response entry it came in, when the engine sent the request. */
    response?: MessageEntry | undefined);
}
export type EngineErrorKind = "timeout" | "cancelled" | "invalid-response" | "send-failed" | "closed" | "not-connected" | "not-in-era" | "excluded-tool";
/** A request that ended without the target's answer, and why, by kind rather than by message text. */
export declare class EngineError extends Error {
    readonly kind: EngineErrorKind;
    constructor(kind: EngineErrorKind, message: string);
}
