import type { OutgoingHttpHeaders } from "node:http";
import type { JsonRpcId } from "../../lib/protocol/jsonrpc";
/** How long the server gets to answer one message of the tap's own (a renewal's initialize, a list, a probe). */
export declare const OWN_ANSWER_MS = 10000;
/** What the server answered one message of the tap's own: its status, the session it named, and the response to `id`. */
export interface OwnAnswer {
    status: number;
    sessionId?: string;
    /** The JSON-RPC response to the message's id (from a JSON body or an SSE stream), when one came. */
    message?: Record<string, unknown>;
}
/**
 * POST one message of the tap's own to the server and read its answer here: it never reaches the
 * host. A notification (no `id`) resolves on the status; a request when its response came (JSON
 * or an SSE event), or with none when the body ended without it. Rejects on a connection error
 * (its `code`, ECONNREFUSED for a server that is not up) or after `timeoutMs`.
 */
export declare function postOwn(url: URL, headers: OutgoingHttpHeaders, body: string, id?: JsonRpcId, timeoutMs?: number): Promise<OwnAnswer>;
/** The result of an own request's answer, or undefined (an error, or none). */
export declare function resultOf(a: OwnAnswer): Record<string, unknown> | undefined;
