import { type SessionFile } from "../../lib/session/file";
import { type JsonRpcId } from "../../lib/protocol/jsonrpc";
/** A recorded response or JSON-RPC error, as sent. */
export type Outcome = {
    result: unknown;
} | {
    error: {
        code: number;
        message: string;
        data?: unknown;
    };
};
/** Something the server sent on its own: a notification, or a request the client answered. */
export interface ServerAction {
    seq: number;
    kind: "notification" | "request";
    method: string;
    params?: Record<string, unknown>;
    /** The recorded request id (requests only), which the client's answer pointed back at. */
    recordedId?: JsonRpcId;
    /** The client's recorded answer to a server request. */
    answer?: Outcome;
}
/** One client message of the recording and what the server did around it. */
export interface Exchange {
    seq: number;
    method: string;
    params?: Record<string, unknown>;
    notification: boolean;
    recordedId?: JsonRpcId;
    progressToken?: string | number;
    /** Absent when the server never answered (then the mock does not answer either). */
    response?: Outcome;
    /** Server messages between the request and its response: played before the response. */
    during: ServerAction[];
    /** Server messages after the response, before the next client message: played after it. */
    after: ServerAction[];
}
export interface Script {
    exchanges: Exchange[];
    /** The recorded handshake with a result: initialize (2025), or server/discover (2026-07-28). */
    initialize?: Exchange;
    /** The recording's protocol era: "modern" when its handshake was server/discover. */
    era: "legacy" | "modern";
}
/**
 * Read a recording as a script for the mock. Each server notification or request is anchored to
 * the client message before it (a progress notification to the request whose token it carries),
 * and played before or after that message's response as it was recorded.
 */
export declare function scriptOf(session: SessionFile): Script;
/** Why a recording cannot be played, or undefined when it can. */
export declare function unplayable(script: Script): string | undefined;
/** Label of a request for messages: its method, plus the tool or prompt name or the resource URI. */
export declare function labelOf(method: string, params: unknown): string;
