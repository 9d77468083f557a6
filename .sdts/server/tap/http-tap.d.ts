import { type IncomingMessage } from "node:http";
import { type Recovery } from "./http-recovery";
import type { TapRecorder } from "./recorder";
import type { RecordStore } from "../record/store";
export interface HttpTapOptions {
    /** The server's Streamable HTTP endpoint. */
    url: string;
    /** 127.0.0.1 port the host connects to (0: any free one). */
    port: number;
    /** Sent as `Authorization: Bearer …` when the host sends no Authorization of its own. */
    bearer?: string;
    recorder: TapRecorder;
    /** The record the recorder writes: the surface compare after a restart reads what the host listed (none without it). */
    record?: RecordStore;
    /** A host's request body kept (for the record and a session's renewal) at most this long; forwarded whole either way. */
    maxBody?: number;
    /** Our own words about a restart (the tap's log). */
    say?(text: string): void;
    /** How long a restarting server gets to answer again (default RECOVER_MS). */
    recoverMs?: number;
    /** Each restart once recovered from, the tap's own or the server's (run-http.ts tells the page). */
    recovered?(r: Recovery): void;
}
export interface RunningHttpTap {
    /** http://127.0.0.1:PORT/mcp */
    url: string;
    /**
     * The tap restarts the server itself (its own command): `restart` stops and starts it; meanwhile
     * the host's streams that end are the restart's. Then the session is re-opened, what was in
     * flight answered, the surfaces compared and list_changed sent.
     */
    restart(why: string, restart: () => Promise<void>): Promise<Recovery>;
    close(): Promise<void>;
}
/**
 * Why a browser's request is refused, or undefined (issue 75). A browser says so by
 * `Sec-Fetch-Site` (every current one) or a `Mozilla/` User-Agent (older ones); a host is no
 * browser (Node's fetch sends `Sec-Fetch-Mode: cors` and neither of these). A browser's request is
 * served only as a CORS request from a page of this machine: an `<img>`, a form, a no-cors fetch
 * or a navigation sends no Origin, and would go upstream with the person's token.
 */
export declare function browserRefusal(headers: IncomingMessage["headers"]): string | undefined;
/**
 * `tap --server-url URL --listen PORT`: http://127.0.0.1:PORT/mcp for the host, every request
 * forwarded to URL with its headers and body as sent, every response (JSON or an SSE stream)
 * streamed back chunk by chunk as it comes. The record gets a copy: each message with the
 * exchange's facts (method, status, session id, event id), never a header's value beyond those.
 *
 * A server that restarts under the host (its own watcher, a deploy, or the tap's own command) is
 * followed: see http-recovery.ts. The host keeps its session id and its GET stream; what it had in
 * flight gets the "server restarted" error; what it sends meanwhile waits and goes to the new one.
 */
export declare function startHttpTap(o: HttpTapOptions): Promise<RunningHttpTap>;
