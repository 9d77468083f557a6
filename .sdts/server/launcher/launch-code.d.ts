import type { IncomingMessage } from "node:http";
import type { PageHandler } from "../bridge/http-server";
/** Where the page trades a launch code for the token (client/token.ts posts to the same path). */
export declare const LAUNCH_PATH = "/launch";
/** The page URL's fragment parameter that carries a launch code (client/token.ts reads the same name). */
export declare const LAUNCH_PARAM = "launch";
/**
 * The page's link with a launch code: `origin/?r=RUN&query#launch=CODE`. The code rides in the
 * fragment (issue 75): a browser sends no fragment in the request, so neither the server that
 * answers the port nor a service worker on the origin (one left there by whoever held the port
 * before) sees it in the navigation; only the page's own script reads it. `r=RUN` is this process's
 * own (bridge/page-run.ts): no copy an earlier server on the port left in the browser's cache
 * answers this URL, so the script that reads the fragment is this run's.
 */
export declare function launchLink(origin: string, code: string, query?: string): string;
/** The printed line that carries the token (`<label>: <token>`, no colon in the label), after the `is up at` URL; scripts read it. */
export declare const ACCESS_TOKEN_LABEL = "Access token (a second tab asks for it; scripts send it as a Bearer token)";
/** How long a code not yet used stays good: a browser starts in seconds; a code left lying about must die soon. */
export declare const LAUNCH_CODE_TTL_MS = 60000;
export interface LaunchCodeOptions {
    token: string;
    ttlMs?: number;
    now?: () => number;
    /** Something the person should know (a code used twice, another user's attempt). */
    warn(message: string): void;
    /** The uid that owns a connection's client end, when the OS tells (Linux); undefined otherwise. */
    peerUid?: (req: IncomingMessage) => number | undefined;
    /** This process's uid (undefined on Windows). */
    ownUid?: number;
}
/**
 * One-time launch codes, so that the URL the launcher hands to the browser opener never holds
 * the token. Why a code and not Jupyter's redirect file: xdg-open, `open` and rundll32 put their
 * argument in argv, readable by every local user (/proc/PID/cmdline) for as long as they run, so
 * the token must not be there; but a file:// redirect page does not load in the browsers that
 * Ubuntu ships as snaps (Chromium, Firefox): a snap has its own /tmp and may read neither hidden
 * folders of $HOME nor /run/user (jupyter/notebook#5479, #4500). An http://127.0.0.1 URL loads in
 * every browser. The code in it works once and for LAUNCH_CODE_TTL_MS; what the browser keeps of
 * the URL (History, Sessions, Cache) is a spent code. The race (another user reads the code from
 * argv and spends it first) is closed on Linux, where that user could read argv: the kernel names
 * the owner of the connection's other end, and only this user's processes may spend it. A code
 * someone else spent shows as a refusal in the person's page and a warning here.
 */
export declare class LaunchCodes {
    private readonly opts;
    private readonly live;
    private readonly spent;
    /** Codes in the printed link: in no argv, so a second use is the person's own second tab, not a warning. */
    private readonly printed;
    private readonly ttlMs;
    private readonly now;
    constructor(opts: LaunchCodeOptions);
    /**
     * A fresh code, good once until the TTL runs out. `printed`: the code of the URL the launcher
     * prints on the person's terminal, read by no other process, so it is good until used (a person
     * may click it minutes later); the browser still keeps only a spent code (issue 38 item 12: a
     * printed `?token=` URL stayed in the profile's History, Session Restore and Favicons).
     */
    issue(opts?: {
        printed?: boolean;
    }): string;
    /** The token for a live code (and the code is spent), or why not. */
    redeem(code: string, uid?: number): {
        token: string;
    } | {
        refused: string;
    };
    /** The page handler, with POST LAUNCH_PATH (body: the code) answered before it. */
    wrap(pages: PageHandler): PageHandler;
}
