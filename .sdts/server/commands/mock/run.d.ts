import type { Readable } from "node:stream";
import type { Io } from "../command";
export interface MockOptions {
    /** The recording to play (a .mcp-session.json). */
    sessionFile: string;
    /** Serve Streamable HTTP on 127.0.0.1 at this port (0: any free port) instead of stdio. */
    port?: number;
    /** Paths left out when matching requests (`$.params.arguments.x`) and client answers (`$.result.x`). */
    ignore?: readonly string[];
    /** Exit 1 when a request matched no recording or a client answered a played request differently. */
    strict?: boolean;
    /** How long a played server request (sampling, elicitation, roots) waits for the client's answer. */
    answerTimeoutMs?: number;
    /** Stop serving (SIGTERM, SIGINT): the summary is printed and the promise resolves. */
    signal?: AbortSignal;
    /** Told the URL once the HTTP server listens (it is also printed on stderr). */
    onListening?: (url: string) => void;
}
/** The CLI's io, plus the stdin the stdio mode reads (process.stdin by default). */
export interface MockIo extends Io {
    stdin?: Readable;
}
/**
 * `inspector mock FILE`: the recording plays the server. Stdio by default (JSON-RPC lines on
 * stdin/stdout, nothing else on stdout), Streamable HTTP with a port. Resolves when the client
 * goes (stdin ends) or the signal aborts, after the summary on stderr: 0, or 1 under `strict`
 * when anything did not match; 2 when the file cannot be played or the port cannot be had.
 */
export declare function runMock(opts: MockOptions, io: MockIo): Promise<number>;
