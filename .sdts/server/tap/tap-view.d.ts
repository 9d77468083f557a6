import type { RecordStore } from "../record/store";
import type { WatchedSession } from "../bridge/ws-bridge";
import type { SessionState } from "../../lib/session/state";
import type { Target } from "../../lib/target/target";
import type { TapRecorder } from "./recorder";
import type { RestartOutcome } from "./restart-outcome";
export interface TapSessionOptions {
    record: RecordStore;
    recorder: TapRecorder;
    target: Target;
    /** The server as the person reads it: the command line, or the URL. */
    server: string;
    /** The environment the host gave the tap: its values are redacted from a saved session. */
    env: NodeJS.ProcessEnv;
    /** --save-session FILE: where the page's save writes too; without it, a file named by the time in the working directory. */
    saveSession?: string;
    /** The server's pid (stdio), for the header. */
    pid?(): number | undefined;
    /** Restart the server under the host (stdio); absent: the page's restart is refused. */
    restart?(why: string): Promise<RestartOutcome>;
}
/** Why the page drives nothing in a host's session (after "this is a host's session seen through the tap: "). */
export declare const TAP_REFUSAL = "the host drives it, and the tap adds nothing to its traffic (no list, no call, no ping); the tabs show what the host listed";
/**
 * A host's session as the page sees it through the tap (issue 65): the state is made from what
 * the recorder saw (the host's initialize, the server's answer), and news of it follows the
 * record, never the forwarding path. The page watches it; it drives nothing but a restart and a save.
 */
export declare class TapSession implements WatchedSession {
    private readonly o;
    readonly watched: true;
    readonly refusal = "the host drives it, and the tap adds nothing to its traffic (no list, no call, no ping); the tabs show what the host listed";
    private readonly listeners;
    private generation;
    private ended;
    private saved?;
    private lastRestart?;
    private restarts;
    private seen;
    private scheduled;
    private readonly stop;
    readonly restart?: () => Promise<SessionState>;
    constructor(o: TapSessionOptions);
    getState(): SessionState;
    onState(listener: (s: SessionState) => void): () => void;
    /**
     * A restart happened, whoever started it (the page, SIGUSR2, a watched file, or an HTTP server
     * that restarted on its own): the page shows what it sent the host and the surface diff.
     */
    noteRestart(r: RestartOutcome & {
        ok: true;
    }): void;
    /** Write the session file now (the page's Save); the host's session goes on. */
    save(): Promise<{
        file: string;
        entries: number;
        findings: number;
    }>;
    /** The host went: the page says so (the record stays readable while the tap's page is up). */
    end(): void;
    private check;
    private emit;
}
