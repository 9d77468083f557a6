import type { Readable, Writable } from "node:stream";
import { RecordStore } from "../record/store";
import { TapRecorder } from "./recorder";
import { type RestartOutcome } from "./restart-outcome";
import { StdioTap } from "./stdio-tap";
import type { TapPage } from "./page";
import { type TapPageRequest } from "./open-page";
export interface StdioTapRun {
    command: string;
    args: string[];
    cwd?: string;
    /** The environment the host gave the tap: the server gets it whole (the documented exception to the launcher's allow-list). */
    env: NodeJS.ProcessEnv;
    saveSession?: string;
    /** Files or folders whose change restarts the server under the host. */
    watch: string[];
    /** The host's pipes (process.stdin, stdout, stderr; tests hand their own). */
    host?: {
        input: Readable;
        output: Writable;
        log: Writable;
    };
    /** The record's bound on memory, in bytes. */
    recordMaxBytes?: number;
    /** Tells the caller how to restart (tests, the page); receives the running tap. */
    onStarted?(tap: RunningStdioTap): void;
    /** The live page (--port; 0: any free one); absent: no page (--no-page, and tests that do not look). */
    page?: TapPageRequest;
}
export interface RunningStdioTap {
    tap: StdioTap;
    /** The live page, once it is up (undefined with no page, or while it starts). */
    page?: TapPage;
    record: RecordStore;
    recorder: TapRecorder;
    restart(why: string): Promise<RestartOutcome>;
}
/**
 * `inspector tap -- <command…>` over stdio: spawn the server, forward both ways, record a copy;
 * restart on SIGUSR2 or a watched change; write the session when the host disconnects. Our own
 * words go to stderr only (the host's log): stdout is the host's channel.
 */
export declare function runStdioTap(o: StdioTapRun): Promise<number>;
