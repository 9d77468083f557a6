import type { WebSocket } from "ws";
import type { Engine } from "../engine";
import type { RecordStore } from "../record/store";
import type { SessionFile } from "../../lib/session/file";
import type { ReplayReport } from "../../lib/session/replay-result";
import type { Target } from "../../lib/target/target";
import type { SessionState } from "../../lib/session/state";
import type { CollectionCommand } from "./collections-commands";
import type { ChatCommand } from "./chat-service";
import type { ServersCommand } from "./config-servers";
/** A view of a session: its state and news of it. All the bridge needs to show one. */
export type SessionView = Pick<Engine, "getState" | "onState">;
/** What drives a session: the commands the bridge routes to the engine. */
export type SessionDriver = Pick<Engine, "connect" | "disconnect" | "restart" | "send" | "notify" | "sendToolCall" | "outcomeOf" | "setAnswers" | "answer" | "forgetAuthorization" | "subscribe" | "unsubscribe">;
/** What the bridge asks of the engine: a view of its session and the commands it routes. */
export type BridgeEngine = SessionView & SessionDriver;
/**
 * A session the bridge shows and does not drive (issue 65: a host's session seen through the
 * tap). Every driving command is refused with `refusal`, except the ones it offers itself.
 */
export interface WatchedSession extends SessionView {
    readonly watched: true;
    /** Why driving commands are refused, in words (after "this is a host's session seen through the tap: "). */
    readonly refusal: string;
    /** Restart the server under the host; absent: refused too. */
    restart?(): Promise<SessionState>;
    /** Write the session file now. */
    save?(): Promise<{
        file: string;
        entries: number;
        findings: number;
    }>;
}
/** The words every refused command of a watched session starts with. */
export declare const WATCHED_REFUSAL = "this is a host's session seen through the tap";
/** What it reads of the record: the entries since a seq, one entry, and news of each. */
export type BridgeRecord = Pick<RecordStore, "subscribe" | "since" | "get" | "firstSeq" | "lastSeq" | "append">;
/** What the bridge does not do itself: orchestration, passed in by server/launcher/inspector.ts. */
export interface BridgeServices {
    /** Reproduce a recorded session in the live engine and record (the page's Reproduce). */
    replay(session: SessionFile, target: Target, ignore: readonly string[]): Promise<ReplayReport>;
    /** The Collections tab's files and runs (server/collections/page-store.ts); absent: the commands are refused. */
    collections?: {
        handle(cmd: CollectionCommand): Promise<unknown>;
    };
    /** The Chat tab and "Ask the model" (server/bridge/chat-service.ts); absent: the commands are refused. */
    chat?: {
        handle(cmd: ChatCommand): Promise<unknown>;
    };
    /** The configured servers' list (server/bridge/config-servers.ts); absent: the commands are refused. */
    servers?: {
        handle(cmd: ServersCommand): Promise<unknown>;
    };
}
/**
 * Connects page sockets to the engine and the record: routes each command, replies, and
 * streams the record. Each peer reads the record from where it left off, so history and the
 * live stream are the same path and nothing is skipped.
 */
export declare class Bridge {
    private readonly engine;
    private readonly record;
    private readonly inspectorVersion;
    private readonly services;
    private readonly peers;
    private flushScheduled;
    private readonly unsubscribe;
    private readonly instanceId;
    /** Load runs (issue 26): each on a connection of its own; the record gets a note at start and end. */
    /** Loaded at the first load frame, not with the bridge (issue 49); frames wait for it in order. */
    private loads?;
    /** MCP Apps: the page's tap writes each App message into the record through this. */
    private readonly apps;
    constructor(engine: BridgeEngine | WatchedSession, record: BridgeRecord, inspectorVersion: string, services: BridgeServices);
    attach(ws: WebSocket): void;
    dispose(): void;
    private handle;
    /** Run a command and make its reply, checked against the command's reply schema first. */
    private reply;
    private run;
    /** A watched session: what it offers (restart, save) and what only reads; every other command is refused in words. */
    private runWatched;
    private hello;
    /**
     * Run a request command cancellably under its command id, and tell its peer where the
     * request went (`accepted`: its record seq and progress token) ahead of its progress and response.
     */
    private track;
    /**
     * A big result goes to the page once, in its record entry: the reply then says where it is
     * instead of carrying it again (a 20 MiB result would otherwise cross the socket twice). With
     * `withPreview` (a socket that asked at hello) it carries a bounded preview of it instead.
     */
    private slim;
    private scheduleFlush;
    private flush;
    /** Add what a peer has not seen yet to its next write; false when it is too far behind to take more now. */
    private flushPeer;
    private broadcast;
    /** Send one event now, in its own frame. */
    private send;
}
