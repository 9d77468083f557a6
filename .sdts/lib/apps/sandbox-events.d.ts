/**
 * What the sandbox proxy (server/apps/sandbox-page.ts) tells the page about the App's frame, outside
 * the App protocol: envelopes keyed like the CSP reporter's, never JSON-RPC, so the bridge ignores them.
 */
/** The key of the envelope the proxy posts when the App's frame loaded a second document: it navigated, and was torn down. */
export declare const APP_NAVIGATED_KEY = "mcp-inspector/app-navigated";
/**
 * The policy every document after the App's own must carry (the inner frame's `csp` attribute, CSP
 * Embedded Enforcement, set once the App's srcdoc navigation has started): a page that does not opt
 * in (`Allow-CSP-From`) is not rendered, and one that does runs no script, so a page an App navigated
 * to can never post to the host. A `data:`, `blob:` or reloaded document gets it too.
 */
export declare const NAVIGATED_FRAME_CSP = "default-src 'none'; script-src 'none'; form-action 'none'";
/**
 * The key of the proxy's notice that it dropped messages from the App: an App may post at most
 * RELAY_BURST messages at once and RELAY_RATE a second after that (a token bucket in the proxy);
 * the rest never reach the page, which stays responsive under a flood. Told at most twice a second.
 * Each relayed message costs the page about 1.7 ms (its log, the record's round trip, the
 * timeline); at 200 a second a 50,000-message flood still gave the page tasks of 50-190 ms.
 * Size reports over the bound are not dropped but coalesced: the latest waits for the next token.
 */
export declare const APP_DROPPED_KEY = "mcp-inspector/app-dropped";
export declare const RELAY_BURST = 100;
export declare const RELAY_RATE = 50;
/**
 * The key of the proxy's notice that it stopped a flooding App: more than FLOOD_DROPS of its
 * messages dropped within FLOOD_WINDOW_MS (a window this long, not a rate, so a loaded machine whose
 * proxy takes the flood in slowly still sees it). Dropping alone does not bound the flood's cost: each message
 * the App posts still crosses the browser process (a sandboxed frame has a process of its own) and
 * is an event in the proxy's, and a 50,000-message burst kept both busy for about 5 s after the
 * App's loop ended, taking the cores the page needed (figure 8's trace: page tasks of 65-160 ms
 * that ran for 5-10 ms). Removing the App's frame closes its channel, and what it had queued goes
 * with it. An App a person could use never has a thousand messages dropped in five seconds: that
 * is over 200 a second past the bound, sustained.
 */
export declare const APP_FLOODED_KEY = "mcp-inspector/app-flooded";
export declare const FLOOD_DROPS = 1000;
export declare const FLOOD_WINDOW_MS = 5000;
/** The keys only the proxy may post: a message from the App that carries one is never relayed (an App cannot speak as the proxy). */
export declare const PROXY_ONLY_KEYS: readonly ["mcp-inspector/app-navigated", "mcp-inspector/app-dropped", "mcp-inspector/app-flooded"];
/** The proxy's count of the App's messages it did not relay, or undefined when the frame is not that notice. */
export declare function appDroppedOf(data: unknown): number | undefined;
/**
 * The key of the App document's own size report (the reporter lib/apps/csp.ts puts ahead of the
 * App's bytes): the content's height measured on every DOM change and load, which also runs while
 * Chromium throttles rendering of a cross-origin frame out of view (no ResizeObserver callback or
 * animation frame there, so the App's own size-changed waits until it is scrolled into view).
 * The App can forge it, as it can any size-changed: it sizes only its own frame, within the host's limit.
 */
export declare const APP_SIZE_KEY = "mcp-inspector/app-size";
/** The height in a size report, or undefined when the frame is not one. */
export declare function appSizeOf(data: unknown): number | undefined;
/** What the proxy says of a navigation: how many documents the frame had loaded (the App's is the first). */
export interface AppNavigated {
    loads: number;
}
/** The navigation report inside a frame posted by the proxy, or undefined when the frame is not one. */
export declare function appNavigatedOf(data: unknown): AppNavigated | undefined;
/** What the proxy says when it stopped a flooding App: how many of its messages it had dropped then. */
export interface AppFlooded {
    dropped: number;
}
/** Why the proxy tore the App down: its frame loaded another document, or it flooded the host. */
export type AppStopped = ({
    why: "navigated";
} & AppNavigated) | ({
    why: "flood";
} & AppFlooded);
/** The proxy's tear-down notice inside a frame it posted, or undefined when the frame is not one. */
export declare function appStoppedOf(data: unknown): AppStopped | undefined;
/** The flood report inside a frame posted by the proxy, or undefined when the frame is not one. */
export declare function appFloodedOf(data: unknown): AppFlooded | undefined;
