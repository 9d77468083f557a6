/** Minimal JSON-RPC 2.0 shape guards shared by the engine, the record and the page. */
import { type JsonObject } from "../json/shape";
export type JsonRpcId = string | number;
export interface JsonRpcRequestLike {
    jsonrpc?: unknown;
    id: JsonRpcId;
    method: string;
    params?: unknown;
}
export interface JsonRpcNotificationLike {
    jsonrpc?: unknown;
    method: string;
    params?: unknown;
}
export interface JsonRpcResponseLike {
    jsonrpc?: unknown;
    id: JsonRpcId | null;
    result?: unknown;
    error?: {
        code: number;
        message: string;
        data?: unknown;
    };
}
export declare function isRequest(m: unknown): m is JsonRpcRequestLike;
export declare function isNotification(m: unknown): m is JsonRpcNotificationLike;
export declare function isResponse(m: unknown): m is JsonRpcResponseLike;
export declare function isErrorResponse(m: unknown): m is JsonRpcResponseLike & {
    error: {
        code: number;
        message: string;
    };
};
/** True when the value is shaped like some JSON-RPC message (a single one or a batch). */
export declare function looksLikeJsonRpc(m: unknown): boolean;
/** One-line label for a message: its method, or "response to <method>". */
export declare function methodOf(m: unknown): string | undefined;
export declare function idOf(m: unknown): JsonRpcId | undefined;
/**
 * A response's result as an object, unchecked beyond that (what a target sent, to show or to
 * judge field by field; lib/protocol/results.ts parses it by method); undefined for an error
 * response, a request or a non-object result.
 */
export declare function resultObject(message: unknown): JsonObject | undefined;
