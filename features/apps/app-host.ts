import { AppBridge } from "@modelcontextprotocol/ext-apps/app-bridge";
import { APP_SANDBOX } from "../../lib/apps/csp";
import type { AppPermissions } from "../../lib/apps/app-meta";
import { ProxyTransport } from "./proxy-transport";
import { TappedTransport, type TapListener } from "./tapped-transport";
import { asRecord } from "../../lib/json/shape";

/** What the person's page does for an App: each request the App may make, answered here or by the person. */
export interface AppHostHandlers {
  /** tools/call from the App (refusal and the server round trip); `appId` is the App's request id. */
  callTool(params: { name: string; arguments?: Record<string, unknown> }, appId: unknown): Promise<Record<string, unknown>>;
  readResource(params: { uri: string }, appId: unknown): Promise<Record<string, unknown>>;
  /** ui/message: what the App asks the model to see; there is no model here, so the person sees it. */
  message(params: Record<string, unknown>): void;
  /** ui/update-model-context: the same. */
  modelContext(params: Record<string, unknown>): void;
  /** ui/open-link: true when the person opened it. */
  openLink(url: string): Promise<boolean>;
  /** ui/request-display-mode: the mode granted, once the person answered (fullscreen and pip wait for a click in the host's UI). */
  displayMode(mode: string): Promise<string>;
  sizeChanged(size: { width?: number; height?: number }): void;
  initialized(): void;
  teardownRequested(): void;
  /** A request in ChatGPT's `openai/` namespace (window.openai's ChatGPT-only actions, lib/apps/openai-shim.ts). */
  openai(method: string, params: Record<string, unknown>): Promise<Record<string, unknown>>;
}

export interface AppHostOptions {
  /** The sandbox proxy frame's window (another origin), and that origin: only its frames are the App's. */
  proxy: Window;
  proxyOrigin: string;
  /** The App's document, already wrapped with its CSP. */
  html: string;
  permissions?: AppPermissions;
  hostContext: Record<string, unknown>;
  handlers: AppHostHandlers;
  tap: TapListener;
  /** The host's capabilities (the host profile's, lib/apps/host-profiles.ts). */
  capabilities?: Record<string, unknown>;
}

/** The host's capabilities as this inspector offers them to an App. */
export const HOST_CAPABILITIES = {
  openLinks: {},
  serverTools: {},
  serverResources: {},
  logging: {},
  updateModelContext: { text: {}, structuredContent: {} },
  message: { text: {}, structuredContent: {} },
  sandbox: {},
};

const idOfExtra = (extra: unknown) => asRecord(asRecord(extra).mcpReq).id ?? asRecord(extra).requestId;

/**
 * Connects an AppBridge (ext-apps' host side of the protocol) to the sandbox proxy and wires each
 * App request to `handlers`. The bridge gets no MCP client: every server request an App makes goes
 * through the page's session, so it is recorded and linked like any other.
 */
export async function startAppHost(o: AppHostOptions): Promise<{ bridge: AppBridge; proxyReady(): void }> {
  const bridge = new AppBridge(null, { name: "mcp-inspector-harness", version: "0.1.0" }, (o.capabilities ?? HOST_CAPABILITIES) as never, {
    hostContext: o.hostContext as never,
  });
  const h = o.handlers;
  bridge.oncalltool = async (params, extra) => (await h.callTool(params as never, idOfExtra(extra))) as never;
  bridge.onreadresource = async (params, extra) => (await h.readResource(params as never, idOfExtra(extra))) as never;
  bridge.onmessage = async (params) => {
    h.message(params as Record<string, unknown>);
    return {};
  };
  bridge.onupdatemodelcontext = async (params) => {
    h.modelContext(params as Record<string, unknown>);
    return {};
  };
  bridge.onopenlink = async (params) => ((await h.openLink(String(params.url))) ? {} : { isError: true });
  bridge.onrequestdisplaymode = async (params) => ({ mode: (await h.displayMode(params.mode)) as "inline" });
  bridge.onsizechange = (size) => h.sizeChanged(size);
  bridge.oninitialized = () => h.initialized();
  bridge.onrequestteardown = () => h.teardownRequested();
  // Log messages are shown from the tap; the bridge needs a handler so it does not answer "unknown".
  bridge.onloggingmessage = () => undefined;
  bridge.fallbackRequestHandler = async (req) => {
    if (req.method.startsWith("openai/")) return (await h.openai(req.method, asRecord(req.params))) as never;
    throw Object.assign(new Error(`Method not found: ${req.method}`), { code: -32601 });
  };
  // The App's document goes once to a proxy that said it is ready: to this bridge, or (a standby
  // proxy, features/apps/proxy-standby.ts) before this bridge listened, when the caller says so.
  let sent = false;
  const proxyReady = () => {
    if (sent) return;
    sent = true;
    void bridge.sendSandboxResourceReady({
      html: o.html,
      sandbox: APP_SANDBOX,
      ...(o.permissions ? { permissions: o.permissions as never } : {}),
    });
  };
  bridge.onsandboxready = proxyReady;
  await bridge.connect(new TappedTransport(new ProxyTransport(o.proxy, o.proxyOrigin), o.proxy, o.proxyOrigin, o.tap) as never);
  return { bridge, proxyReady };
}
