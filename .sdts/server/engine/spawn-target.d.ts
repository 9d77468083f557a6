import { type ChildProcess } from "node:child_process";
import { type Readable } from "node:stream";
import type { StdioTarget } from "../../lib/target/target";
export interface StdioLaunch {
    command: string;
    args: string[];
    env: Record<string, string>;
    cwd?: string;
}
/** The launch of a stdio target: what the launcher starts early and the transport must match. */
export declare function stdioLaunch(target: Pick<StdioTarget, "command" | "args" | "cwd"> & {
    env?: Record<string, string>;
}): StdioLaunch;
export interface ExitInfo {
    code: number | null;
    signal: string | null;
}
/**
 * The SDK's getDefaultEnvironment (@modelcontextprotocol/client/stdio), written out: importing
 * it loads the SDK's schemas. test/spawn-target.test.ts keeps the two equal. A value starting
 * with "()" (an exported shell function) is left out, as the SDK does.
 */
export declare function defaultEnvironment(env?: NodeJS.ProcessEnv): Record<string, string>;
/** Spawn a target: piped stdio, in its own process group (closing ends its children too). */
export declare function spawnTarget(launch: StdioLaunch): ChildProcess;
/** An early target as a transport takes it over. */
export interface Adopted {
    child: ChildProcess;
    /** The child's output, kept from its start: read these, not child.stdout/stderr. */
    stdout: Readable;
    stderr: Readable;
    reaper?: {
        stop(): void;
    };
    started: boolean;
    error?: Error;
    exit?: ExitInfo;
}
/**
 * A target started before the engine could take it: nothing reads its output yet (it waits in
 * the pipes), and what happens to the process meanwhile (started, failed to start, exited) is
 * kept for the transport that adopts it. Never adopted, it is killed with its group.
 */
export declare class EarlyTarget {
    readonly launch: StdioLaunch;
    private child?;
    private stdout;
    private stderr;
    private reaper?;
    private adopted;
    started: boolean;
    error?: Error;
    exit?: ExitInfo;
    /**
     * `reaper: "when-asked"`: the reaper (a /bin/sh spawned from this process: a fork, synchronous)
     * starts at `watch()` instead of at once; the launcher asks right before it prints its URL, so
     * the fork is not on the way to its listeners (issue 63) and a kill -9 that follows the URL never
     * finds the target unwatched. A target adopted meanwhile gets its reaper from its transport.
     */
    constructor(launch: StdioLaunch, opts?: {
        reaper?: "at-start" | "when-asked";
    });
    /**
     * Start the reaper now, before this returns: from here on, this process dying (kill -9 included)
     * ends the target's group. Nothing to do once adopted (the transport watches it), exited, or
     * never started.
     */
    watch(): void;
    get pid(): number | undefined;
    /** The process, its reaper and what happened to it so far, once, for a transport launching exactly this; undefined otherwise. */
    adopt(launch: StdioLaunch): Adopted | undefined;
    /** Kill the process group unless a transport adopted it (then the transport owns it). */
    discard(): void;
}
