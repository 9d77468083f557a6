import type { ChildProcess } from "node:child_process";
import type { ExitInfo } from "./spawn-target";
/**
 * A spawned target's process group (spawnTarget starts it detached, in a group of its own) and
 * the reaper watching it: stopping closes stdin, gives the target a moment, then SIGTERM and
 * SIGKILL to the whole group. Shared by the engine's stdio transport and the tap, which spawn a
 * server the same way and must leave nothing running behind it.
 */
export declare class ProcessGroup {
    private readonly child;
    private reaper?;
    private exit?;
    private exitWaiters;
    constructor(child: ChildProcess, reaper?: {
        stop(): void;
    } | undefined);
    /** The reaper, once the process has started (spawn is asynchronous). */
    watched(reaper: {
        stop(): void;
    } | undefined): void;
    /** The process exited: what waits for it goes on. */
    exited(info: ExitInfo): void;
    get exitInfo(): ExitInfo | undefined;
    /** Close stdin, give the target a moment to exit, then terminate its whole process group. */
    stop(): Promise<void>;
    /**
     * The target exited by itself: what it started in its group (a language server, a browser)
     * would live on with nobody to stop it. SIGTERM now, SIGKILL after a grace period. A descendant
     * that left the group (setsid, a daemon) is out of reach: see the README's Security section.
     */
    endOrphans(): void;
    /** Synchronous last resort for process exit: kill the target's group now. */
    killNow(): void;
    kill(signal: NodeJS.Signals): void;
    waitExit(ms: number): Promise<boolean>;
}
