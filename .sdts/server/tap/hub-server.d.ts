import { type PageHandler } from "../bridge/http-server";
import type { RecordStore } from "../record/store";
import type { HubSessionView } from "../../lib/wire/hub";
import type { TapSession } from "./tap-view";
import type { EndedSession } from "./hub-ended";
/** The page's parameter that names the session a launch link opens on (features/tap/use-tap-sessions.ts reads it). */
export declare const TAP_SESSION_PARAM = "tap";
export interface HubOptions {
    /** The hub tap's own session. */
    local: {
        key: string;
        session: TapSession;
        record: RecordStore;
        server: string;
    };
    port: number;
    /** The page's token: the one the hub file names (kept by a hub that takes over, so an open page gets back in). */
    token: string;
    /** What a joining tap must send (from the hub file). */
    secret: string;
    pages?: PageHandler;
    warn(text: string): void;
    /** Sessions that had ended on the page before this hub took it over (hub-ended.ts): listed, ended, readable. */
    ended?: readonly EndedSession[];
}
export interface Hub {
    url: string;
    port: number;
    token: string;
    /** The page with a fresh one-time launch code, opening on this session (the hub's own by default). */
    launchUrl(key?: string): string;
    /** The sessions shown (tests). */
    sessions(): HubSessionView[];
    /** Whether a joined tap is still live (one that could take the page over). */
    hasLiveMember(): boolean;
    /** The ended sessions and this hub's own (it is leaving), as an heir takes them over (hub-ended.ts). */
    ended(): EndedSession[];
    close(): Promise<void>;
}
/**
 * The page of many taps (issue 65): the launcher's HTTP server (loopback, Host and Origin checked,
 * the token) with one bridge per session. A page's socket shows one session at a time and picks
 * another with `tap-select`; a joining tap's socket sends `hub-join` with the hub's secret first and
 * then streams its record and state, and gets the page's restart and save for its session.
 */
export declare function startHub(o: HubOptions): Promise<Hub>;
