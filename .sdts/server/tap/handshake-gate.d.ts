import type { JsonRpcId } from "../../lib/protocol/jsonrpc";
/** The tap's own request ids: a string namespace no host uses for its numbers. */
export declare const OWN_PREFIX = "mcp-inspector-harness-tap:";
export interface GateResult {
    answered: boolean;
    /** The new process's initialize result, kept here (the host had its answer from the first one). */
    result?: Record<string, unknown>;
    notes: string[];
}
/**
 * A restarted server's stdout, held back from the host while the tap speaks to it: the answer to
 * the host's replayed initialize and to the tap's own requests stay here; every other line waits,
 * byte for byte, and goes to the host (in order) when the gate is released.
 */
export declare class HandshakeGate {
    private readonly initId;
    /** Bytes held back at most (a server that floods before it is ready must not grow the tap's memory). */
    private readonly maxHeld;
    open: boolean;
    private buffered;
    /** The line being read, in pieces (never joined and rescanned per chunk: a long line cost O(n²), red-team 7). */
    private partial;
    private partialBytes;
    private heldBytes;
    /** Past `maxHeld`, the server's output goes to the host at once (the rest of an overlong line too). */
    private overflowed;
    private passingLine;
    private readonly waiting;
    /** The tap's own ids it stopped waiting for: their answers may still come, and are never the host's. */
    private readonly abandoned;
    private releasedAt;
    private next;
    /** Where the tap's own requests are written (the new process's stdin). */
    writer?: (line: string) => void;
    constructor(initId: JsonRpcId | undefined, 
    /** Bytes held back at most (a server that floods before it is ready must not grow the tap's memory). */
    maxHeld?: number);
    /**
     * A chunk of the new process's stdout while the gate is closed: what is ours is taken, the rest
     * kept. Returns what goes to the host now: nothing, unless the server wrote more than the bound.
     */
    push(chunk: Buffer): Buffer;
    /**
     * `chunk` cut at its newlines, the line held from before joined once at its end: each whole line
     * to `line`; a line longer than `max` goes to `through` as it comes (a long line rescanned at each
     * chunk cost O(n²), red-team 7).
     */
    private split;
    /** Bytes for the host: held, in order, until the bound; then everything held and all after it goes now. */
    private hold;
    /** The answer to the host's initialize, replayed; resolves unanswered after ANSWER_MS. */
    handshake(): Promise<GateResult>;
    /** A request of the tap's own to the new process (its id in the tap's namespace); its answer, or undefined after ANSWER_MS. */
    request(method: string, params?: Record<string, unknown>): Promise<Record<string, unknown> | undefined>;
    /** Open the gate: what was held back, in order, to be forwarded now. */
    release(): Buffer[];
    /**
     * After the release, while an answer to a request the tap gave up on may still come (red-team 7:
     * it reached the host, an answer to an id the host never sent): true, and the server's output
     * goes through `pass`. Otherwise the forwarding path is the plain one.
     */
    get filtering(): boolean;
    /**
     * A chunk after the release while `filtering`: every whole line goes to the host at once, byte
     * for byte, but a late answer to the tap's own id; a line's unfinished end waits for its newline
     * (the host cannot read half a line anyway), up to MAX_LATE_LINE.
     */
    pass(chunk: Buffer): Buffer;
    /** A late answer to one of the tap's abandoned ids: dropped (true). */
    private takeLate;
    private overflowNotes;
    private wait;
    /** A line that answers something waiting here is taken (true); anything else is the host's. */
    private take;
}
