import http from "node:http";
export interface CallbackServer {
    /** The redirect URI to register: http://127.0.0.1:PORT/oauth/callback, or the one asked for. */
    url: string;
    close(): void;
}
/**
 * A loopback HTTP server for a headless login: the authorization server sends the person's
 * browser back here, and `finish` gets the query (code and state; the state check is the OAuth
 * session's). Listens on the port of `wanted` (a --callback-url) or any free one.
 */
export declare function startCallbackServer(wanted: string | undefined, finish: (query: string) => Promise<void>, peerUid?: (req: http.IncomingMessage) => number | undefined): Promise<CallbackServer>;
