import type { Readable, Writable } from "node:stream";
import { type StdioLaunch } from "../engine/spawn-target";
import type { TapRecorder } from "./recorder";
import { HandshakeGate, type GateResult } from "./handshake-gate";
/** The host's side of a stdio tap: what it writes to us, where we write the server's output, its log. */
export interface HostPipes {
    input: Readable;
    output: Writable;
    log: Writable;
}
/** What a restart did, for the record, the page and the person. */
export interface RestartReport {
    /** Host requests that were in flight and got the "server restarted" error. */
    failed: number;
    /** The list_changed notifications sent to the host. */
    notified: string[];
    gate: GateResult;
}
/** The error a host's request gets when the server it went to was restarted under it. */
export declare const RESTARTED_CODE = -32603;
/**
 * A stdio tap: the host's stdin goes to the server's stdin, the server's stdout to the host's
 * stdout and its stderr to the host's log, chunk by chunk as read, never re-serialised (a `\r`,
 * a key order, invalid UTF-8 all pass as they came). Each chunk is handed to the recorder only
 * after it was written on. Backpressure is passed through: a slow reader pauses the writer.
 */
export declare class StdioTap {
    private readonly launch;
    private readonly host;
    private readonly recorder;
    private child?;
    private group?;
    /** Host chunks held while a restart's handshake runs; forwarded in order after it. */
    private held?;
    private hostEnded;
    private finished;
    /** The exit code the tap ends with: the server's own when it exits, 0 when the host went first. */
    readonly done: Promise<number>;
    private restarting;
    /** The restart generation of the server running now (0: the first): each host chunk is stamped with the server it went to. */
    private generation;
    /** The host's last forwarded chunk ended inside a line: the rest of that line is the server's it began at. */
    private hostMidLine;
    /** During a restart, the old server's stdin: the rest of a line the host had begun goes there, not to the new one. */
    private oldStdin?;
    constructor(launch: StdioLaunch, host: HostPipes, recorder: TapRecorder);
    get pid(): number | undefined;
    /** Spawn the server and start forwarding; rejects when it cannot start (command not found). */
    start(): Promise<void>;
    private spawn;
    private wire;
    /**
     * A host chunk: to the server now, or held while a restart runs. Held frames start at a line's
     * start: the end of a line begun before the restart still goes to the old server, so each request
     * belongs to one server, and is answered once (by it, or by the restart's error for it).
     */
    private fromHost;
    private toHost;
    /** The host closed our stdin (or ended the tap with a signal): the server gets EOF, a moment, then its group is ended. */
    hostGone(why?: string): Promise<void>;
    private finish;
    /** Stop the server's group now (the tap itself is ending). */
    stop(): Promise<void>;
    /**
     * Restart under the host: hold the host's frames from here on, stop this process, answer the
     * host's requests it was sent and never answered with an error, start a new one and hand it the
     * host's own initialize and initialized (its answer stays here), then the held frames, which the
     * new process answers (never the error: one answer per request). `lists` asks the new process
     * for its lists (the tap's own ids; their answers stay here too) and says which list_changed to send.
     */
    restart(lists: (gate: HandshakeGate, result: Record<string, unknown> | undefined) => Promise<string[]>): Promise<RestartReport>;
    /** The host's initialize, pending at the restart: the new server's result, or the restart error when it gave none. */
    private answerInitialize;
    /** The error for a host request the old server was sent and will never answer. */
    private answerRestarted;
    /** A frame of the tap's own to the host (a restart's errors and notifications), recorded as the server's. */
    private writeToHost;
}
