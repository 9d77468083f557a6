import type { JSONRPCMessage, Transport } from "@modelcontextprotocol/client";
import { type EarlyTarget, type ExitInfo, type StdioLaunch } from "./spawn-target";
export type { ExitInfo, StdioLaunch } from "./spawn-target";
/** What the transport saw on the wire, reported before the message is delivered. */
export interface StdioObserver {
    spawned(pid: number): void;
    /** A stdout line that parsed as JSON. `problem` says why it is not delivered, if it is not. */
    incoming(message: unknown, raw: string, bytes: number, problem?: string, invalidUtf8?: boolean): void;
    noise(text: string, reason: string, bytes: number): void;
    /** What the target wrote to stderr in one write (a stack trace stays whole), newlines inside. */
    stderr(text: string): void;
    exited(info: ExitInfo): void;
}
/**
 * A stdio client transport that keeps what the SDK's StdioClientTransport throws away:
 * non-JSON stdout lines, invalid messages, stderr lines and the exit status. It spawns the
 * target in its own process group so that closing kills the target's children too.
 */
export declare class StdioTransport implements Transport {
    private readonly launch;
    private readonly observer;
    /** A target the launcher started early: adopted instead of spawning, when it is this launch. */
    private readonly early?;
    onclose?: () => void;
    onerror?: (error: Error) => void;
    onmessage?: (message: JSONRPCMessage) => void;
    private child?;
    private group?;
    private exit?;
    private stdoutEnded;
    private stderrEnded;
    private drainWaiters;
    private closedReported;
    /** Lines sent in this turn, written together at its end (see send). */
    private queued;
    private queuedSettle;
    private readonly flushQueued;
    constructor(launch: StdioLaunch, observer: StdioObserver, 
    /** A target the launcher started early: adopted instead of spawning, when it is this launch. */
    early?: EarlyTarget | undefined);
    get pid(): number | undefined;
    get exitInfo(): ExitInfo | undefined;
    start(): Promise<void>;
    send(message: JSONRPCMessage): Promise<void>;
    /** Write what send queued, as one write; each send settles with it. */
    private flush;
    /** Close stdin, give the target a moment to exit, then terminate its whole process group. */
    close(): Promise<void>;
    /** Synchronous last resort for process exit: kill the target's group now. */
    killNow(): void;
    private onStdoutLine;
    /** Resolves once stdout and stderr have both ended (everything the target wrote is recorded). */
    drained(): Promise<void>;
    private maybeClosed;
    private reportClosed;
}
