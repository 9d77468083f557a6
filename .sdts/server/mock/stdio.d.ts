import type { Readable } from "node:stream";
import type { MockSession } from "./session";
/**
 * Serve one client over stdio: a JSON-RPC message per line in, one per line out (through
 * `write`, so nothing else reaches stdout). Resolves when the input ends or `signal` aborts,
 * after the messages being handled have finished.
 */
export declare function serveStdio(session: MockSession, input: Readable, write: (line: string) => void, signal?: AbortSignal): Promise<void>;
