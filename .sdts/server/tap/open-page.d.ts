import type { PageHandler } from "../bridge/http-server";
import type { TapPage } from "./page";
import type { TapSession, TapSessionOptions } from "./tap-view";
/** The live page a tap serves: its port, and (tests) the token and the page's files. */
export interface TapPageRequest {
    port: number;
    token?: string;
    pages?: PageHandler;
    /** The page is up (tests open it). */
    onPage?(page: TapPage): void;
    /**
     * One page for this user's taps (the command's default; --no-hub: false): the first tap serves
     * it, later ones join it (hub.ts). Absent or false: a page of its own, on `port`.
     */
    hub?: boolean;
    /** The hub folder (tests); hub-dir.ts's hubDirPath() otherwise. */
    hubDir?: string;
}
/**
 * Start a tap's page beside forwarding: the session view, then the page's server (its modules
 * load here, after forwarding started), or a place on the hub's page. A port that is taken, or a
 * page that cannot start, leaves the tap forwarding without a page: `line` says so, for the
 * tap's one start line.
 */
export declare function openTapPage(req: TapPageRequest, o: TapSessionOptions & {
    warn(text: string): void;
}): Promise<{
    session: TapSession;
    page?: TapPage;
    line: string;
}>;
