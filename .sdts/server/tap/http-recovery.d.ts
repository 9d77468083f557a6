import type { OutgoingHttpHeaders } from "node:http";
import type { RecordStore } from "../record/store";
import type { SurfaceDiff } from "../../lib/surface";
import type { TapRecorder } from "./recorder";
/** What the tap knows of the host's session upstream: enough to open it again after a restart. */
export interface UpstreamSession {
    /** The host's initialize as it sent it, with its headers (a token among them stays in memory, never in the record). */
    init?: {
        body: string;
        id: unknown;
        headers: OutgoingHttpHeaders;
    };
    /** The host's notifications/initialized as it sent it. */
    initialized?: string;
    /** The Mcp-Protocol-Version the host sends since its initialize. */
    protocolVersion?: string;
    /** The session id the host was given (it keeps it), and the one the server knows now. */
    hostSession?: string;
    serverSession?: string;
}
/** What became of the server: restarted (and answering), still the same process, or not back within the limit. */
export type Verdict = "restarted" | "alive" | "gone";
export interface Recovery {
    verdict: Verdict;
    /** A new upstream session was opened with the host's initialize (the server had forgotten the host's). */
    renewed: boolean;
    /** Host requests in flight answered with the "server restarted" error. */
    failed: number;
    /** The list_changed notifications the surface compare called for, and how many host streams took them. */
    notified: string[];
    delivered: number;
    diff?: SurfaceDiff;
    notes: string[];
}
export interface RecoveryOptions {
    target: URL;
    state: UpstreamSession;
    /** What the host listed is read here after a restart; without it, no surface compare (no list_changed). */
    record?: RecordStore;
    recorder: TapRecorder;
    say(text: string): void;
    /**
     * The verdict is in (before the lists): the tap answers its held requests (the restart error, or
     * what the server did) and re-opens or ends the host's streams; returns how many got the error.
     */
    settled(verdict: Verdict): number;
    /** Send the host these notifications on its open streams; how many streams took them. */
    deliver(methods: string[]): number;
    /** How long the server gets to answer again (refused connections are tried again meanwhile). */
    limitMs?: number;
    /** Each recovery once done, whatever started it (the page shows its outcome). */
    recovered?(r: Recovery): void;
}
/** The time a restarting server gets to answer again: a nodemon restart takes a second or two, a deploy longer. */
export declare const RECOVER_MS = 30000;
/** A connection error that means the server is not listening (yet, or any more): worth another try. */
export declare function notUp(e: unknown): boolean;
/** Resolves once `url`'s host accepts a TCP connection (the probe of a server with no session: nothing is sent). */
export declare function reachable(url: URL): Promise<void>;
/**
 * After the server's streams died, or it refused a connection, or forgot the host's session: wait
 * (bounded) until it answers again, open a new upstream session with the host's own initialize and
 * initialized when it forgot the host's, let the tap answer what was in flight, then list the new
 * server's surface and send the host the list_changed the compare calls for. One at a time: every
 * caller during a recovery shares it.
 */
export declare class HttpRecovery {
    private readonly o;
    private running?;
    private next;
    /** The tap itself restarted the process (its own command): the server is known to be a new one. */
    known: boolean;
    /** The tap is closing: a recovery under way stops waiting. */
    private stopped;
    constructor(o: RecoveryOptions);
    stop(): void;
    get busy(): boolean;
    /** The whole recovery (the lists and notifications included). */
    recover(why: string): Promise<Recovery>;
    /** The verdict, as soon as it is in (a host request waiting to go again waits for this, not for the lists). */
    ready(why: string): Promise<Verdict>;
    private start;
    /** The headers of the tap's own messages: the host's (its token too), the session, the protocol version. */
    private headers;
    private own;
    /** The host's initialize again, then its initialized: the new session's id and the new initialize result. */
    private renew;
    private run;
}
/** A recovery in the tap's words (the record's note and the log's line). */
export declare function recoveryText(r: Recovery): string;
