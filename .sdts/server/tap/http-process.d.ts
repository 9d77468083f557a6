import type { Writable } from "node:stream";
import { type StdioLaunch } from "../engine/spawn-target";
import type { TapRecorder } from "./recorder";
/** How long a started server gets before its URL takes connections. */
export declare const START_MS = 30000;
/**
 * The HTTP server the tap starts itself (`tap --server-url URL --listen PORT -- COMMAND…`): spawned
 * with the host's environment in a process group of its own (stopping it ends what it started),
 * its stdout and stderr passed on to the tap's (stderr recorded), and ready once URL takes a
 * connection. It may exit on its own: the tap says so and goes on (a restart starts it again).
 */
export declare class HttpServerProcess {
    private readonly launch;
    private readonly url;
    private readonly recorder;
    private readonly out;
    private readonly say;
    private readonly startMs;
    private child?;
    private group?;
    /** The tap is stopping it: its exit is no news for the log. */
    private stopping;
    constructor(launch: StdioLaunch, url: URL, recorder: TapRecorder, out: {
        stdout: Writable;
        stderr: Writable;
    }, say: (text: string) => void, startMs?: number);
    get pid(): number | undefined;
    /** Spawn and wait until the URL takes connections; rejects when it cannot start, exits first, or is not up in time. */
    start(): Promise<void>;
    /** Stop the server's group (stdin closed, SIGTERM, SIGKILL), then start it again and wait for its URL. */
    restart(): Promise<void>;
    stop(): Promise<void>;
}
