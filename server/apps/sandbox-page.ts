/**
 * The sandbox proxy: the one page the sandbox origin serves. It sits between the inspector's page
 * (its parent, on another origin) and the App (an inner `srcdoc` frame with an opaque origin, so
 * the App shares no origin, storage or cookie with either), and relays the App protocol's
 * postMessage traffic both ways. It never parses the App's HTML: the host wrapped it with its CSP
 * already (lib/apps/csp.ts). Messages are accepted only from the parent when its origin is one
 * of the inspector page's, and only from the inner frame itself.
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
  var ALLOWED_TOKENS = ["allow-scripts", "allow-forms"];
  var FEATURES = { camera: "camera", microphone: "microphone", geolocation: "geolocation", clipboardWrite: "clipboard-write" };
  if (window.self === window.top) { document.body.textContent = "This page only runs inside the MCP inspector."; return; }
  var host = null;
  var inner = document.createElement("iframe");
  inner.setAttribute("sandbox", "allow-scripts allow-forms");
  inner.setAttribute("title", "MCP App");
  document.body.appendChild(inner);
  function fromHost(data) {
    if (data && data.method === "ui/notifications/sandbox-resource-ready") {
      var p = data.params || {};
      // Only tokens from the short list, whatever the server asked: the App gets no origin of its own, no popups, no top navigation.
      var tokens = typeof p.sandbox === "string" ? p.sandbox.split(/\\s+/).filter(function (t) { return ALLOWED_TOKENS.indexOf(t.toLowerCase()) >= 0; }) : ["allow-scripts", "allow-forms"];
      inner.setAttribute("sandbox", tokens.join(" "));
      var allow = Object.keys(FEATURES).filter(function (k) { return p.permissions && p.permissions[k]; }).map(function (k) { return FEATURES[k]; });
      if (allow.length) inner.setAttribute("allow", allow.join("; ")); else inner.removeAttribute("allow");
      if (typeof p.html === "string") inner.srcdoc = p.html;
      return;
    }
    // The inner frame has an opaque origin ("null"), which no targetOrigin can name; it is a srcdoc and cannot navigate away.
    if (inner.contentWindow) inner.contentWindow.postMessage(data, "*");
  }
  window.addEventListener("message", function (event) {
    if (event.source === window.parent) {
      if (EMBEDDERS.indexOf(event.origin) < 0) return;
      host = event.origin;
      fromHost(event.data);
    } else if (event.source === inner.contentWindow && event.origin === "null" && host) {
      window.parent.postMessage(event.data, host);
    }
  });
  // The parent's origin is not known yet (the page sends no referrer): announce to each allowed one; the others drop it.
  EMBEDDERS.forEach(function (o) { window.parent.postMessage({ jsonrpc: "2.0", method: "ui/notifications/sandbox-proxy-ready", params: {} }, o); });
})();
</script></body></html>`;
}
