/**
 * ChatGPT's `window.openai` (OpenAI Apps SDK), injected ahead of the App's own bytes when the host
 * profile is ChatGPT, on top of the MCP Apps bridge: every call is an MCP Apps JSON-RPC message
 * to the host, so it is tapped, recorded and answered like an MCP App's. As in ChatGPT, the
 * globals are there synchronously when the App's first script runs (the host writes them into
 * the document), and each change fires `openai:set_globals` with the changed globals.
 *
 * - toolInput, toolOutput (structuredContent), toolResponseMetadata (ChatGPT's envelope of the whole
 *   result, toolResponseEnvelope): from the run, then from `ui/notifications/tool-input` and `tool-result`;
 * - view: `{ mode: "inline", params: null }`; in the copy requestModal opens, `{ mode: "modal", params }`
 *   (features/apps/app-modal.tsx);
 * - theme, locale, displayMode, maxHeight, safeArea, userAgent: from the host context, then from
 *   `ui/notifications/host-context-changed`;
 * - widgetState / setWidgetState: kept by the host per App (features/apps/widget-state.ts) and
 *   handed back on every render of that App; sent as `ui/update-model-context` with
 *   `structuredContent["openai/widgetState"]`, which the model sees in ChatGPT too;
 * - callTool → `tools/call`, sendFollowUpMessage → `ui/message`, requestDisplayMode →
 *   `ui/request-display-mode`, openExternal → `ui/open-link`, notifyIntrinsicHeight →
 *   `ui/notifications/size-changed`, requestClose → `ui/notifications/request-teardown`;
 * - ChatGPT-only actions are requests in ChatGPT's own `openai/` namespace, answered by the host
 *   (features/apps/use-app-handlers.ts) as ChatGPT answers in test mode, and shown to the person:
 *   uploadFile → `openai/uploadFile` (the file's name, type and size; the bytes stay in the frame,
 *   which serves getFileDownloadUrl for them as a blob: URL), requestModal → `openai/requestModal` (the host renders the widget again in a modal),
 *   requestCheckout → `openai/requestCheckout`, setOpenInAppUrl → `openai/setOpenInAppUrl`;
 *   selectFiles resolves with the files this widget uploaded with `{ library: true }`.
 * Before its first call it makes the MCP Apps handshake (`ui/initialize`, then `initialized`),
 * unless it saw the App's own SDK make it; a global set again to the same value fires no event.
 * Its request ids are strings ("openai:N"), so they never meet an MCP Apps SDK's numeric ids.
 * `window.webplus` is the same object: the older name OpenAI's published examples still use.
 */
export interface OpenAiGlobals {
  toolInput: Record<string, unknown>;
  toolOutput: unknown;
  toolResponseMetadata: ToolResponseEnvelope | null;
  widgetState: unknown;
  view: { mode: string; params: unknown };
  theme: string;
  locale: string;
  displayMode: string;
  maxHeight: number;
  safeArea: { insets: { top: number; right: number; bottom: number; left: number } };
  userAgent: { device: { type: string }; capabilities: { hover: boolean; touch: boolean } };
}

/**
 * ChatGPT's `toolResponseMetadata`: the widget-only envelope of a tool result. `status` says how the
 * call ended, `call_tool_result` is the result as the model reads it (no `_meta`), and
 * `mcp_tool_result` the whole MCP result, hidden `_meta` included.
 */
export interface ToolResponseEnvelope {
  status: "success" | "error";
  call_tool_result: Record<string, unknown>;
  mcp_tool_result: Record<string, unknown>;
}

/** The envelope of one tools/call result; null while there is none. (The shim's `envelope` is the same, in the frame.) */
export function toolResponseEnvelope(result: unknown): ToolResponseEnvelope | null {
  if (typeof result !== "object" || result === null || Array.isArray(result)) return null;
  const whole = result as Record<string, unknown>;
  const seen = Object.fromEntries(Object.entries(whole).filter(([k]) => k !== "_meta"));
  return { status: whole.isError === true ? "error" : "success", call_tool_result: seen, mcp_tool_result: whole };
}

/** The structuredContent key a widget state travels under in `ui/update-model-context`. */
export const WIDGET_STATE_KEY = "openai/widgetState";

/** The globals for a run's result and a host context (lib/apps/host-emulation.ts hostContextOf), in a view (inline unless given). */
export function openAiGlobalsOf(
  args: Record<string, unknown>,
  result: unknown,
  hostContext: Record<string, unknown>,
  widgetState: unknown,
  view: OpenAiGlobals["view"] = { mode: "inline", params: null },
): OpenAiGlobals {
  const r = toolResponseEnvelope(result)?.mcp_tool_result ?? {};
  const c = hostContext;
  const dims = (c.containerDimensions ?? {}) as Record<string, number>;
  const caps = (c.deviceCapabilities ?? {}) as Record<string, boolean>;
  const insets = (c.safeAreaInsets ?? { top: 0, right: 0, bottom: 0, left: 0 }) as OpenAiGlobals["safeArea"]["insets"];
  return {
    toolInput: args,
    toolOutput: r.structuredContent ?? null,
    toolResponseMetadata: toolResponseEnvelope(result),
    widgetState: widgetState ?? null,
    view,
    theme: String(c.theme ?? "light"),
    locale: String(c.locale ?? "en-US"),
    displayMode: String(c.displayMode ?? "inline"),
    maxHeight: Number(dims.maxHeight ?? dims.height ?? 0),
    safeArea: { insets },
    userAgent: {
      device: { type: c.platform === "mobile" ? "mobile" : "desktop" },
      capabilities: { hover: !!caps.hover, touch: !!caps.touch },
    },
  };
}

/** JSON that is safe inside a `<script>` element: no `</script>`, `<!--`, or line separator can end or bend it. */
export function scriptJson(v: unknown): string {
  return (JSON.stringify(v) ?? "null")
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** The `<script>` that defines `window.openai` with these globals. */
export function openAiShim(globals: OpenAiGlobals): string {
  return `<script>(${SHIM})(${scriptJson(globals)},${JSON.stringify(WIDGET_STATE_KEY)})</script>`;
}

const SHIM = `function (G, WS) {
  "use strict";
  var P = window.parent, n = 0, pending = {}, sawInit = false, ready = null;
  function post(m) { try { P.postMessage(m, "*"); } catch (_) {} }
  function send(method, params) {
    var id = "openai:" + ++n;
    return new Promise(function (resolve, reject) {
      pending[id] = { resolve: resolve, reject: reject };
      post({ jsonrpc: "2.0", id: id, method: method, params: params || {} });
    });
  }
  // The MCP Apps handshake, once, before the first call, unless the App's own MCP Apps SDK already made it.
  function ensure() {
    if (sawInit) return Promise.resolve();
    if (!ready)
      ready = send("ui/initialize", { protocolVersion: "2026-01-26", appInfo: { name: "window.openai (ChatGPT emulation)", version: "1.0.0" }, appCapabilities: {} }).then(function () {
        post({ jsonrpc: "2.0", method: "ui/notifications/initialized", params: {} });
      });
    return ready;
  }
  function rpc(method, params) { return ensure().then(function () { return send(method, params); }); }
  function notify(method, params) { ensure().then(function () { post({ jsonrpc: "2.0", method: method, params: params || {} }); }); }
  // Only what changed counts (the handshake hands the App its input and result again).
  function envelope(r) {
    if (!r || typeof r !== "object" || Array.isArray(r)) return null;
    var seen = {};
    for (var k in r) if (Object.prototype.hasOwnProperty.call(r, k) && k !== "_meta") seen[k] = r[k];
    return { status: r.isError === true ? "error" : "success", call_tool_result: seen, mcp_tool_result: r };
  }
  var files = {}, fileN = 0;
  function set(changes) {
    var changed = {}, any = false;
    for (var k in changes) if (Object.prototype.hasOwnProperty.call(changes, k) && JSON.stringify(G[k]) !== JSON.stringify(changes[k])) { G[k] = changed[k] = changes[k]; any = true; }
    if (any) window.dispatchEvent(new CustomEvent("openai:set_globals", { detail: { globals: changed } }));
  }
  window.addEventListener("message", function (e) {
    var m = e.data;
    if (e.source !== P || !m || typeof m !== "object" || m.jsonrpc !== "2.0") return;
    if (m.method === undefined && m.result && m.result.hostCapabilities !== undefined) sawInit = true;
    if (m.method === undefined && typeof m.id === "string" && pending[m.id]) {
      var p = pending[m.id];
      delete pending[m.id];
      if (m.error) p.reject(new Error(String(m.error.message || "error")));
      else p.resolve(m.result);
      return;
    }
    var q = m.params || {};
    if (m.method === "ui/notifications/tool-input") set({ toolInput: q.arguments || {} });
    else if (m.method === "ui/notifications/tool-result") set({ toolOutput: q.structuredContent === undefined ? null : q.structuredContent, toolResponseMetadata: envelope(q) });
    else if (m.method === "ui/notifications/host-context-changed") {
      var c = {};
      if (q.theme) c.theme = q.theme;
      if (q.locale) c.locale = q.locale;
      if (q.displayMode) c.displayMode = q.displayMode;
      if (q.containerDimensions) { var d = q.containerDimensions; var h = d.maxHeight !== undefined ? d.maxHeight : d.height; if (typeof h === "number") c.maxHeight = h; }
      if (q.safeAreaInsets) c.safeArea = { insets: q.safeAreaInsets };
      if (q.platform || q.deviceCapabilities) {
        var dc = q.deviceCapabilities || G.userAgent.capabilities;
        c.userAgent = { device: { type: q.platform ? (q.platform === "mobile" ? "mobile" : "desktop") : G.userAgent.device.type }, capabilities: { hover: !!dc.hover, touch: !!dc.touch } };
      }
      set(c);
    }
  });
  var api = {
    callTool: function (name, args) {
      return rpc("tools/call", { name: String(name), arguments: args || {} }).then(function (r) {
        var out = Object.assign({}, r, { result: ((r && r.content) || []).filter(function (b) { return b && b.type === "text"; }).map(function (b) { return b.text; }).join("\\n") });
        window.dispatchEvent(new CustomEvent("openai:tool_response", { detail: { tool: { name: name, args: args || {} }, response: out } }));
        return out;
      });
    },
    sendFollowUpMessage: function (a) {
      return rpc("ui/message", { role: "user", content: [{ type: "text", text: String((a && a.prompt) || "") }] }).then(function () {});
    },
    requestDisplayMode: function (a) {
      return rpc("ui/request-display-mode", { mode: a && a.mode }).then(function (r) { return { mode: (r && r.mode) || G.displayMode }; });
    },
    openExternal: function (a) { rpc("ui/open-link", { url: String(typeof a === "string" ? a : a && a.href) }).catch(function () {}); },
    setWidgetState: function (s) {
      set({ widgetState: s });
      var sc = {};
      sc[WS] = s;
      return rpc("ui/update-model-context", { structuredContent: sc }).then(function () {});
    },
    notifyIntrinsicHeight: function (h) { if (typeof h === "number") notify("ui/notifications/size-changed", { height: h }); },
    requestClose: function () { notify("ui/notifications/request-teardown"); return Promise.resolve(); },
    uploadFile: function (file, opts) {
      if (!(file instanceof Blob)) return Promise.reject(new TypeError("uploadFile needs a File (or Blob)"));
      var library = !!(opts && opts.library);
      return rpc("openai/uploadFile", { name: String(file.name || "blob"), mimeType: String(file.type || "application/octet-stream"), size: file.size, library: library }).then(function (r) {
        var id = (r && r.fileId) || "file_test_" + ++fileN;
        files[id] = { file: file, library: library };
        return { fileId: id };
      });
    },
    selectFiles: function () {
      return Promise.resolve(Object.keys(files).filter(function (id) { return files[id].library; }).map(function (id) {
        var f = files[id].file;
        return { fileId: id, fileName: String(f.name || "blob"), mimeType: String(f.type || "application/octet-stream") };
      }));
    },
    getFileDownloadUrl: function (a) {
      var id = a && a.fileId;
      if (!files[id]) return Promise.reject(new Error("No file " + JSON.stringify(String(id)) + " was uploaded by this widget"));
      return Promise.resolve({ downloadUrl: URL.createObjectURL(files[id].file) });
    },
    requestModal: function (a) {
      a = a || {};
      return rpc("openai/requestModal", { title: a.title === undefined ? undefined : String(a.title), params: a.params === undefined ? null : a.params, template: a.template }).then(function () {});
    },
    requestCheckout: function (session) {
      if (!session || typeof session !== "object") return Promise.reject(new TypeError("requestCheckout needs a checkout session object"));
      return rpc("openai/requestCheckout", session);
    },
    setOpenInAppUrl: function (a) {
      var href = String(typeof a === "string" ? a : (a && a.href) || "").trim();
      if (!href) return Promise.reject(new Error("setOpenInAppUrl needs an href"));
      return rpc("openai/setOpenInAppUrl", { href: href }).then(function () {});
    },
  };
  api.sendFollowupTurn = api.sendFollowUpMessage;
  var openai = {};
  Object.keys(G).forEach(function (k) { Object.defineProperty(openai, k, { enumerable: true, get: function () { return G[k]; } }); });
  Object.keys(api).forEach(function (k) { Object.defineProperty(openai, k, { enumerable: true, value: api[k] }); });
  Object.defineProperty(window, "openai", { value: openai, enumerable: true, configurable: true });
  // The older name of the same object, which published examples (OpenAI's pizzaz albums) still call.
  Object.defineProperty(window, "webplus", { value: openai, enumerable: true, configurable: true });
}`;
