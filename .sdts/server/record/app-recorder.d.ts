import { type AppCspViolation, type AppEntry, type Entry, type NewEntry } from "../../lib/record/format";
/** What the page's tap says about one App message (the `app-message` command, already zod-checked). */
export interface AppMessageReport {
    appId: string;
    tool: string;
    dir: AppEntry["dir"];
    message?: unknown;
    /** The page left the message out (not JSON); the backend says so instead. */
    omitted?: string;
    cspViolation?: AppCspViolation;
    serverSeq?: number;
}
/**
 * Writes App messages into the record as `app` entries, pairing a response with its request by
 * App, direction and JSON-RPC id (server/record/pairing.ts, as the connection pairs the server's
 * frames). The message is the App's: it is kept as posted when it fits APP_MESSAGE_MAX_BYTES,
 * else only its size is.
 */
export declare class AppRecorder {
    private readonly append;
    /** Per App: its requests waiting for an answer. */
    private readonly open;
    constructor(append: (draft: NewEntry) => Entry);
    record(r: AppMessageReport): Entry;
    private opens;
    private pairOf;
    private remember;
}
