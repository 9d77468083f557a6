import { type WatchedSession } from "../bridge/ws-bridge";
import type { SessionState } from "../../lib/session/state";
import type { HubLinkFrame } from "../../lib/wire/hub";
import { MirrorRecord } from "./hub-record";
/**
 * A joined tap's session as the hub's page sees it: a mirror of its record and its state, fed by
 * the tap over its link. Restart and save go to that tap (it owns the server's process and the
 * session file); once its link is gone the session reads as ended and they are refused.
 */
export declare class RemoteSession implements WatchedSession {
    readonly key: string;
    readonly server: string;
    readonly pid: number;
    private state;
    private readonly send;
    readonly watched: true;
    readonly refusal = "the host drives it, and the tap adds nothing to its traffic (no list, no call, no ping); the tabs show what the host listed";
    readonly record: MirrorRecord;
    private readonly listeners;
    private readonly waiting;
    private next;
    private live;
    constructor(key: string, server: string, pid: number, state: SessionState, send: (frame: HubLinkFrame) => void);
    get isLive(): boolean;
    getState(): SessionState;
    onState(listener: (s: SessionState) => void): () => void;
    readonly restart: () => Promise<SessionState>;
    readonly save: () => Promise<{
        file: string;
        entries: number;
        findings: number;
    }>;
    /** The tap's state, as it sent it. */
    setState(state: SessionState): void;
    /** The tap's answer to a command the page sent it. */
    reply(id: string, ok: boolean, result: unknown, error: string | undefined): void;
    /** The tap's link closed: its host went (or the tap did). The record stays readable. */
    end(): void;
    private command;
    private emit;
}
