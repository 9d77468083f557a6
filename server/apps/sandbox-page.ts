import {
  APP_DROPPED_KEY,
  APP_FLOODED_KEY,
  APP_SIZE_KEY,
  FLOOD_DROPS,
  FLOOD_WINDOW_MS,
  APP_NAVIGATED_KEY,
  NAVIGATED_FRAME_CSP,
  PROXY_ONLY_KEYS,
  RELAY_BURST,
  RELAY_RATE,
} from "../../lib/apps/sandbox-events";

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
export function sandboxPageHtml(embedderOrigins: readonly string[]): string {
  const origins = JSON.stringify(embedderOrigins).replace(/</g, "\\u003c");
  return `<!doctype html>
<html><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>MCP App sandbox</title>
<style>html,body{margin:0;height:100%;background:transparent}iframe{display:block;border:0;width:100%;height:100%;background:transparent;color-scheme:inherit}</style>
</head><body><script>
(function () {
  "use strict";
  var EMBEDDERS = ${origins};
  var PROXY_ONLY = ${JSON.stringify(PROXY_ONLY_KEYS)};
  var BURST = ${RELAY_BURST}, RATE = ${RELAY_RATE}, FLOOD = ${FLOOD_DROPS}, FLOOD_WINDOW = ${FLOOD_WINDOW_MS};
  var tokens = BURST, filled = Date.now(), dropped = 0, told = 0, telling = false, lateSize = null, sizeTimer = 0;
  var floodSince = 0, floodDrops = 0;
  var ALLOWED_TOKENS = ["allow-scripts", "allow-forms"];
  var FEATURES = { camera: "camera", microphone: "microphone", geolocation: "geolocation", clipboardWrite: "clipboard-write" };
  if (window.self === window.top) { document.body.textContent = "This page only runs inside the MCP inspector."; return; }
  // The page's idle warm-up proxy (features/apps/sandbox-warmup.tsx): one empty sandboxed frame, so
  // the process Chromium gives sandboxed frames of this site is running before an App needs it
  // (figure 8). It takes no message and is given no App.
  if (/[?&]warm=1(&|$)/.test(window.location.search)) {
    var idle = document.createElement("iframe");
    idle.setAttribute("sandbox", "allow-scripts");
    idle.srcdoc = "<!doctype html><title>idle</title>";
    document.body.appendChild(idle);
    return;
  }
  var host = null;
  var inner = null;
  var loads = 0;
  var gone = false;
  // The App's frame removed for good, and the page told why (a proxy-only notice).
  function removeApp(notice) {
    gone = true;
    if (inner) inner.remove();
    inner = null;
    if (host) window.parent.postMessage(notice, host);
  }
  function teardown() {
    removeApp({ ${JSON.stringify(APP_NAVIGATED_KEY)}: { loads: loads } });
  }
  function stopFlood() {
    tellDropped();
    removeApp({ ${JSON.stringify(APP_FLOODED_KEY)}: { dropped: dropped } });
  }
  function tellDropped() {
    telling = false;
    if (host && dropped !== told) { told = dropped; window.parent.postMessage({ ${JSON.stringify(APP_DROPPED_KEY)}: { dropped: dropped } }, host); }
  }
  function admit() {
    var now = Date.now();
    tokens = Math.min(BURST, tokens + ((now - filled) * RATE) / 1000);
    filled = now;
    if (tokens >= 1) { tokens -= 1; return true; }
    dropped++;
    if (now - floodSince > FLOOD_WINDOW) { floodSince = now; floodDrops = 0; }
    if (++floodDrops > FLOOD) { stopFlood(); return false; }
    if (!telling) { telling = true; setTimeout(tellDropped, 500); }
    return false;
  }
  // A size report over the bound: only the latest matters, so it waits for the next token instead of being dropped.
  function isSize(data) {
    return typeof data === "object" && data !== null && (data.method === "ui/notifications/size-changed" || Object.prototype.hasOwnProperty.call(data, ${JSON.stringify(APP_SIZE_KEY)}));
  }
  function flushSize() {
    sizeTimer = 0;
    if (!lateSize || gone || !host) return;
    if (!admit()) { sizeTimer = setTimeout(flushSize, 1000 / RATE); return; }
    var d = lateSize;
    lateSize = null;
    window.parent.postMessage(d, host);
  }
  function speaksAsProxy(data) {
    if (typeof data !== "object" || data === null) return false;
    for (var i = 0; i < PROXY_ONLY.length; i++) if (Object.prototype.hasOwnProperty.call(data, PROXY_ONLY[i])) return true;
    return false;
  }
  function start(p) {
    inner = document.createElement("iframe");
    // Only tokens from the short list, whatever the server asked: the App gets no origin of its own, no popups, no top navigation.
    var flags = typeof p.sandbox === "string" ? p.sandbox.split(/\\s+/).filter(function (t) { return ALLOWED_TOKENS.indexOf(t.toLowerCase()) >= 0; }) : ["allow-scripts", "allow-forms"];
    inner.setAttribute("sandbox", flags.join(" "));
    inner.setAttribute("title", "MCP App");
    var allow = Object.keys(FEATURES).filter(function (k) { return p.permissions && p.permissions[k]; }).map(function (k) { return FEATURES[k]; });
    if (allow.length) inner.setAttribute("allow", allow.join("; "));
    // The first load is the App's own document; a second is one it navigated to.
    inner.addEventListener("load", function () { if (++loads > 1 && !gone) teardown(); });
    inner.srcdoc = p.html;
    document.body.appendChild(inner);
    // After the append: the srcdoc's navigation has started without it, every later one carries it.
    inner.setAttribute("csp", ${JSON.stringify(NAVIGATED_FRAME_CSP)});
  }
  function fromHost(data) {
    if (gone) return;
    if (data && data.method === "ui/notifications/sandbox-resource-ready") {
      // One App per proxy: a second resource would be a document the page did not ask for in this frame.
      if (!inner && typeof (data.params || {}).html === "string") start(data.params || {});
      return;
    }
    // The inner frame has an opaque origin ("null"), which no targetOrigin can name.
    if (inner && inner.contentWindow) inner.contentWindow.postMessage(data, "*");
  }
  window.addEventListener("message", function (event) {
    if (event.source === window.parent) {
      if (EMBEDDERS.indexOf(event.origin) < 0) return;
      host = event.origin;
      fromHost(event.data);
    } else if (!gone && inner && event.source === inner.contentWindow && event.origin === "null" && host) {
      // The bucket first: a dropped message's data is read only to keep the latest size report.
      if (!admit()) {
        if (!gone && isSize(event.data) && !speaksAsProxy(event.data)) {
          if (lateSize === null) dropped--; // relayed later; a pending one it replaces is the one dropped
          lateSize = event.data;
          if (!sizeTimer) sizeTimer = setTimeout(flushSize, 1000 / RATE);
        }
        return;
      }
      if (speaksAsProxy(event.data)) return;
      window.parent.postMessage(event.data, host);
    }
  });
  // The page sends no referrer; Chromium and WebKit name the embedder in location.ancestorOrigins, so the
  // ready notice goes to that one origin only (posting to the others logs a target-origin warning per
  // origin in the page's console). Elsewhere, to each allowed origin; the others drop it.
  var ancestors = window.location.ancestorOrigins;
  var parentOrigin = ancestors && ancestors.length ? ancestors[0] : null;
  var targets = parentOrigin && EMBEDDERS.indexOf(parentOrigin) >= 0 ? [parentOrigin] : EMBEDDERS;
  targets.forEach(function (o) { window.parent.postMessage({ jsonrpc: "2.0", method: "ui/notifications/sandbox-proxy-ready", params: {} }, o); });
})();
</script></body></html>`;
}
