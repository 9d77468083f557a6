import type { PageHandler } from "../bridge/http-server";
import type { RecordStore } from "../record/store";
import type { TapPage } from "./page";
import type { TapSession } from "./tap-view";
export interface HubMemberOptions {
    session: TapSession;
    record: RecordStore;
    /** The server as the person reads it (the page's list). */
    server: string;
    /** The page's port when this tap becomes the hub (--port; 0: any free one). */
    port: number;
    /** The page's token when this tap starts a hub (tests); a fresh one otherwise. */
    token?: string;
    pages?: PageHandler;
    /** The hub folder; hubDirPath() by default. */
    dir?: string;
    /** A line for the host's log (a takeover), and warnings. */
    say(text: string): void;
}
export interface HubMember {
    /** The page this tap shows its session on (its own hub's, or the one it joined); close() leaves it. */
    page: TapPage;
    /** The start line's words about the page. */
    line: string;
}
/**
 * One page for the taps of this user (issue 65): the first tap to open a page is the hub; later
 * ones join it (hub-link.ts) and stream their session there. When the hub leaves, the others
 * elect a new one: the first to take the folder's lock listens on the old port (same token, so an
 * open page reconnects; on another port a new token, see listen) and writes the hub file; the rest
 * join it. Forwarding never waits on any of this: it all runs on the recording side, off the
 * host's path. Throws in words when the
 * folder is not this user's alone, or (EADDRINUSE) when --port is taken by something else.
 */
export declare function startHubMember(o: HubMemberOptions): Promise<HubMember>;
