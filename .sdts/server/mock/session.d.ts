import { type Ignore } from "./match";
import { type Script } from "./script";
import type { Tally } from "./tally";
/** Where a client's messages go back: stdout lines, or one HTTP response. */
export interface Channel {
    /** Called once before anything is sent, saying whether server messages come before or after the response. */
    open?(streaming: boolean): void;
    /** Returns false when the message cannot reach the client. */
    send(message: object): boolean;
}
export interface MockSessionOptions {
    ignore: Ignore;
    /** How long a played server request waits for the client's answer. */
    answerTimeoutMs: number;
}
/** Codes of the mock's own errors (JSON-RPC's standard ones: the client's request is what does not fit). */
export declare const UNKNOWN_METHOD = -32601;
export declare const NO_MATCHING_RECORDING = -32602;
export declare const INVALID_REQUEST = -32600;
/**
 * One client connection played from a recording: answers each request with the recorded
 * response that matches it, and plays the server's notifications and requests around it.
 */
export declare class MockSession {
    private readonly script;
    private readonly tally;
    private readonly opts;
    /** Recorded messages this client has played, so repeats take the next recording. */
    private readonly used;
    private nextId;
    private readonly waiting;
    private closed;
    constructor(script: Script, tally: Tally, opts: MockSessionOptions);
    /** Handle one message from the client; everything it causes is sent through the channel. */
    handle(message: unknown, channel: Channel): Promise<void>;
    /**
     * The handshake of the other era, answered as the recorded server would: a 2026-07-28 server
     * refuses initialize with -32022 naming its version; a 2025 server does not know server/discover.
     */
    private eraRefusal;
    /** End the connection: played requests still waiting for an answer stop waiting. */
    close(): void;
    private use;
    private notified;
    private unmatched;
    /**
     * Requests whose only answer is an empty result, which the recorded server had to give even
     * though this recording never asked: ping (every server), logging/setLevel (a server that
     * declared logging; clients such as the official inspector send it right after connecting).
     */
    private answersBySpec;
    /** Play server messages in recorded order; a request waits for the client's answer and checks it. */
    private play;
    /**
     * A played message's params for this client: a progress notification carries the live
     * request's token (none is sent when the client asked for none: null), and a cancellation of
     * the recorded request names the live one.
     */
    private rewrite;
    private answered;
    private check;
}
