import type { ConnectError } from "../../lib/session/state";
import type { OutgoingRequests } from "./requests";
/** Waits between attempts to reach an HTTP target again: quick at first, then every 30 s. */
export declare const RETRY_DELAYS_MS: number[];
/** After this many attempts (about a quarter of an hour) the engine stops and says so. */
export declare const MAX_ATTEMPTS = 36;
/** How long the liveness check waits for the target's answer. */
export declare const LIVENESS_TIMEOUT_MS = 3000;
export declare function retryDelay(attempt: number): number;
/**
 * Whether an HTTP target is still there, asked after a transport error or a request that could
 * not be sent: a ping (server/discover in the 2026-07-28 era, which has no ping). Resolves with
 * why the connection is lost, or undefined when the target answered (even with an error).
 */
export declare function checkAlive(requests: OutgoingRequests, how: {
    modern: boolean;
    sessionId(): string | undefined;
}, url: string): Promise<ConnectError | undefined>;
