import { RecordStore } from "../record/store";
import { type TapOAuth } from "./stdio-to-http";
import { type TapPageRequest } from "./open-page";
import type { Writable } from "node:stream";
import { type RestartOutcome } from "./restart-outcome";
export interface HttpTapRun {
    url: string;
    /** Serve the host Streamable HTTP on this port; stdio to the host when absent. */
    listen?: number;
    bearer?: string;
    /** Over stdio without a bearer: the OAuth login's callback and opener (stdio-to-http.ts). */
    oauth?: TapOAuth;
    saveSession?: string;
    env: NodeJS.ProcessEnv;
    /** Our own words (stderr: the host's log). */
    say(text: string): void;
    /** The live page (--port); absent: none. Its restart only with `command`: the tap owns no remote server's process. */
    page?: TapPageRequest;
    /** With --listen: the HTTP server's own command, which the tap starts, waits for (URL takes connections) and restarts. */
    command?: {
        command: string;
        args: string[];
        cwd?: string;
    };
    /** Files or folders whose change restarts `command`'s server. */
    watch?: string[];
    /** Where `command`'s server's stdout and stderr go (the tap's own; tests hand their own). */
    serverOutput?: {
        stdout: Writable;
        stderr: Writable;
    };
    /** With --listen, once forwarding: the running tap (tests restart and stop it). */
    onStarted?(running: RunningHttpTapRun): void;
}
/** A `--listen` tap while it runs. */
export interface RunningHttpTapRun {
    url: string;
    record: RecordStore;
    /** Restart the tap's own server (undefined without a command). */
    restart?(why: string): Promise<RestartOutcome>;
    pid(): number | undefined;
    /** End the tap as SIGINT does. */
    stop(): void;
}
/** `tap --server-url URL [--listen PORT]`: forward until the host goes (stdio) or a signal comes (HTTP); then save. */
export declare function runHttpTap(o: HttpTapRun): Promise<number>;
