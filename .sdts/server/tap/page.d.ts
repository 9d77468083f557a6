import { type PageHandler } from "../bridge/http-server";
import type { RecordStore } from "../record/store";
import type { TapSession } from "./tap-view";
/**
 * The tap's page port when --port is not given: 0, any free one. A host starts one tap per
 * server it runs, all at once: a fixed port would be taken by the first and refused to the rest.
 */
export declare const DEFAULT_TAP_PAGE_PORT = 0;
export interface TapPageOptions {
    session: TapSession;
    record: RecordStore;
    port: number;
    /** The token (tests); a fresh one otherwise. Never printed: the start line carries a one-time launch code. */
    token?: string;
    /** Something the person should know (a launch code used twice): the host's log. */
    warn(text: string): void;
    /** The page's files (tests may pass their own); the package's built page otherwise. */
    pages?: PageHandler;
}
export interface TapPage {
    /** The page's origin, http://127.0.0.1:PORT. */
    url: string;
    /** The URL to print: the page with a one-time launch code (good until used), never the token. */
    launchUrl: string;
    token: string;
    port: number;
    close(): Promise<void>;
}
/**
 * The live page of a tap's session: the launcher's HTTP server (loopback only, every request's
 * Host and Origin checked, the API and the socket behind the token, the token traded for a
 * one-time launch code), the page's own files, and a bridge on a session it watches and does not
 * drive. Rejects with EADDRINUSE when the port is taken (the caller forwards on without a page).
 */
export declare function startTapPage(o: TapPageOptions): Promise<TapPage>;
