import { type Server } from "node:http";
import type { MockSession } from "./session";
export interface HttpMock {
    url: string;
    server: Server;
    /** Stop listening and end every session. */
    close(): Promise<void>;
}
/**
 * Serve Streamable HTTP on 127.0.0.1: POST /mcp answers a request with application/json, or
 * with an event stream when the recording has server messages to play around the response and
 * the client accepts one. `Mcp-Session-Id` is issued on initialize and required after it; GET
 * (a standalone stream) is 405; DELETE ends the session.
 */
export declare function serveHttp(port: number, newSession: () => MockSession, stateless?: boolean): Promise<HttpMock>;
