import type { Readable, Writable } from "node:stream";
import type { TapRecorder } from "./recorder";
import { type TapOAuth } from "./tap-oauth";
export type { TapOAuth } from "./tap-oauth";
export interface StdioToHttpOptions {
    url: string;
    /** A token given (--bearer-env): sent as is, no flow. */
    bearer?: string;
    /**
     * Without a bearer: the inspector's own OAuth flow, run on a 401 (or a 403 insufficient_scope)
     * that carries a WWW-Authenticate; tokens in memory only. `false`: such a 401 reaches the host.
     */
    oauth?: TapOAuth | false;
    host: {
        input: Readable;
        output: Writable;
        log: Writable;
    };
    recorder: TapRecorder;
}
/**
 * `tap --server-url URL` without --listen: stdio to the host, Streamable HTTP to the server (as
 * mcp-remote does for hosts that start only stdio servers). Each line the host writes is POSTed
 * as it is (the line's text is the body); each JSON answer or SSE event's data goes to the host as
 * one line, as the server wrote it. The session id and protocol version the server gave ride on
 * every later request; a GET stream carries what the server sends on its own. A server that
 * wants authorization gets it through the inspector's OAuth flow (tap-oauth.ts): the host's line
 * waits, and is sent again with the token.
 */
export declare function stdioToHttp(o: StdioToHttpOptions): Promise<number>;
