/**
 * The sandbox proxy: the one page the sandbox origin serves. It sits between the inspector's page
 * (its parent, on another origin) and the App (an inner `srcdoc` frame with an opaque origin, so
 * the App shares no origin, storage or cookie with either), and relays the App protocol's
 * postMessage traffic both ways. It never parses the App's HTML: the host wrapped it with its CSP
 * already (lib/apps/csp.ts). Messages are accepted only from the parent when its origin is one
 * of the inspector page's, and only from the inner frame while it holds the App's own document.
 *
 * A sandboxed frame can still navigate itself (`location.href`, a meta refresh, a link): no
 * sandbox flag or CSP directive stops that, and the frame's WindowProxy (`event.source`) and
 * opaque origin ("null") stay the same across documents. So the inner frame gets the App's
 * srcdoc with no `csp` attribute, then, once that navigation has started, NAVIGATED_FRAME_CSP as
 * its `csp` (read by Chromium when a navigation starts): any later document runs no script (or is
 * not rendered at all), so it cannot post; and the frame's second `load` tears the App down and
 * tells the page, which stops its bridge. Before any of that, the page's own policy (frame-src,
 * server/apps/sandbox-server.ts) stops the navigation's request from leaving at all.
 *
 * What the App posts is bounded here, before it costs the page anything: a token bucket of
 * RELAY_BURST messages refilled at RELAY_RATE a second; the rest are dropped and counted, and the
 * page is told the count at most twice a second (APP_DROPPED_KEY); a size report over the bound
 * is kept instead (the latest only) and relayed at the next token, so the frame ends at the App's last size. An App
 * that has more than FLOOD_DROPS dropped within FLOOD_WINDOW_MS is stopped: its frame removed (what it queued goes with it) and
 * the page told (APP_FLOODED_KEY). A message from the App that carries one of the keys only the proxy speaks
 * (PROXY_ONLY_KEYS) is never relayed.
 */
export declare function sandboxPageHtml(embedderOrigins: readonly string[]): string;
