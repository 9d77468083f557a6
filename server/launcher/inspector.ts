import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Engine } from "../engine";
import type { RecordStore } from "../record/store";
import type { InspectorCore } from "./inspector-core";
import type { EngineCore } from "./engine-core";
import { OAUTH_CALLBACK_PATH, createInspectorServer, type PageHandler } from "../bridge/http-server";
import { newToken } from "../bridge/security";
import { VERSION } from "../paths";
import { listenBothLoopbacks } from "../loopbacks";
import type { SessionFile } from "../../lib/session/file";
import { pageOrigins, startSandboxServer, type SandboxServer } from "../apps/sandbox-server";
import { withAppSandbox } from "../apps/page-framing";
import type { AgentEndpoint } from "../agent/http";

export interface InspectorOptions {
  host?: string;
  port?: number;
  token?: string;
  extraHostnames?: string[];
  /** How the page is served; the launcher passes its static files, tests may pass a stub. */
  pages: PageHandler;
  recordMaxBytes?: number;
  /** A recorded session to show (from --open); served to the page, never run. */
  openedSession?: SessionFile;
  /** The Collections tab's folder (--collections); default mcp-tests/ in the working directory. */
  collectionsDir?: string;
  /** --share-base: where the page's share links open (said to the page in its welcome). */
  shareBase?: string;
  /** A fresh one-time launch link (its path), for the page's "Open in a new tab" (the launcher's codes). */
  newTabLink?: () => string;
  /** --config FILE: the page's server list shows its servers (absent: the host configurations found). */
  configFile?: string;
  /** --model (repeatable) and --model-base-url: the models the Chat tab offers first. */
  models?: readonly string[];
  modelBaseUrl?: string;
  /** Port of the MCP Apps sandbox origin (default: any free one); false: no sandbox (Apps do not render). */
  sandboxPort?: number | false;
  /** Port of `inspector mcp` over Streamable HTTP on loopback, for a coding agent (default: any free one); false: none. */
  agentPort?: number | false;
  /** The coding agent's own token (the page's token works there too, for scripts): kept apart so it can live in the agent's environment. */
  agentToken?: string;
  /** The folder the attached agent's save_session writes in (default the working directory). */
  agentRoot?: string;
  /** The page's socket module (ws) loads once this settles, or at the page's first socket (default: once the server listens). */
  loadSocketsAfter?: Promise<unknown>;
}

/** A port of the inspector's that another process holds: which one, and the flag and variable that move it. */
export class PortInUse extends Error {
  constructor(
    readonly what: string,
    readonly port: number,
    readonly flag: string,
    readonly variable?: string,
  ) {
    super(`${what}'s port ${port} is in use: pass ${flag} N${variable ? ` (or set ${variable})` : ""}, or 0 for any free port`);
  }
}

/** Listen with `start`, turning EADDRINUSE into a PortInUse that names the port's flag. */
async function listening<T>(start: () => Promise<T>, port: number | undefined, what: string, flag: string, variable?: string): Promise<T> {
  try {
    return await start();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EADDRINUSE") throw new PortInUse(what, port ?? 0, flag, variable);
    throw e;
  }
}

export interface RunningInspector {
  url: string;
  /** The page URL with `?token=`, for fixtures and scripts (the launcher prints a one-time `?launch=` link instead: launch-code.ts). */
  pageUrl: string;
  port: number;
  token: string;
  /** The MCP Apps sandbox origin's port (0 when there is none). */
  sandboxPort: number;
  /** `inspector mcp` over Streamable HTTP for a coding agent, on the page's engine (the agent's token or the page's). */
  agentUrl?: string;
  engine: Engine;
  /** The engine as the person drives it: what the launcher connects on their command line is theirs. */
  person: Engine;
  record: RecordStore;
  close(): Promise<void>;
}

/** The HTTP server listens; the engine may still be loading (`ready` resolves once it is there). */
export interface ListeningInspector {
  url: string;
  pageUrl: string;
  port: number;
  token: string;
  sandboxPort: number;
  agentUrl?: string;
  ready: Promise<RunningInspector>;
  close(): Promise<void>;
}

/**
 * The engine's half, in stages: evaluating a module holds the event loop until it is done, and
 * the whole half at once held it for 130 to 250 ms, long enough for the page's first request to
 * wait behind it. Between the stages the event loop answers what came meanwhile. The engine is
 * made (and `engineUp` told, so a connect starts) before the bridge's module loads.
 */
async function loadCoreInStages(
  opts: Pick<InspectorOptions, "recordMaxBytes" | "collectionsDir" | "models" | "modelBaseUrl" | "configFile" | "shareBase" | "newTabLink">,
  engineUp: (core: EngineCore) => void,
  bridgeAfter: Promise<unknown>,
): Promise<InspectorCore> {
  const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));
  await import("../engine/zod-stage");
  await breathe();
  await import("../engine/sdk-stage");
  await breathe();
  const engine = (await import("./engine-core")).createEngineCore({ recordMaxBytes: opts.recordMaxBytes });
  engineUp(engine);
  await bridgeAfter;
  await breathe();
  return (await import("./inspector-core")).withBridge(engine, opts);
}

/** Start the backend: record, engine, bridge and one HTTP server for page, API and socket. Resolves once all of it is up. */
export async function startInspector(opts: InspectorOptions): Promise<RunningInspector> {
  return (await listenInspector(opts)).ready;
}

/**
 * The same, resolving as soon as the HTTP server listens: the page is served at once while the
 * engine's half loads (server/launcher/inspector-core.ts; `loadCore` replaces that in tests). The socket
 * and the API wait for it (a frame sent sooner waits in the socket, not lost); `onCore` runs
 * before anything else sees the engine (the launcher starts its connection there, so no request
 * finds an engine that has not started connecting yet).
 */
export async function listenInspector(
  opts: InspectorOptions & {
    onCore?(inspector: RunningInspector): void;
    /** As soon as the engine exists, before the bridge loads (the launcher starts its connect there); with `loadCore`, just before onCore. */
    onEngine?(core: EngineCore): void;
    loadCore?(): Promise<InspectorCore>;
  },
): Promise<ListeningInspector> {
  const host = opts.host ?? "127.0.0.1";
  const token = opts.token ?? newToken();
  // The agent endpoint's module loads while the page's server binds, not after it (issue 63).
  const agentModule = opts.agentPort === false ? undefined : import("../agent/http");
  agentModule?.catch(() => undefined);
  // The core starts loading once the servers listen (below), after the caller has printed the
  // URL, in stages (loadCoreModule): the page's first response should not wait behind it.
  let startCore!: () => void;
  // The OAuth callback is this server's: the engine knows it before any connect starts.
  let callbackUrl = "";
  let engineSeen = false;
  const engineUp = (c: EngineCore) => {
    if (engineSeen) return;
    engineSeen = true;
    c.engine.authorization.callbackUrl = callbackUrl;
    opts.onEngine?.(c);
  };
  // The bridge (the page's wire protocol and its schemas, 20 to 40 ms of CPU) waits for the
  // launcher's connect (loadSocketsAfter) unless something needs it sooner: a socket, an API
  // call, the agent. A --demo target starts on the other core meanwhile, and on two busy cores
  // every ms of ours before it answers is one it may wait for (issue 49).
  let needBridge!: () => void;
  const bridgeNeeded = new Promise<void>((resolve) => (needBridge = resolve));
  const bridgeAfter = opts.loadSocketsAfter ? Promise.race([opts.loadSocketsAfter.catch(() => undefined), bridgeNeeded]) : undefined;
  const loadCore = opts.loadCore ?? (() => loadCoreInStages(opts, engineUp, bridgeAfter ?? Promise.resolve()));
  const core: Promise<InspectorCore> = new Promise<void>((resolve) => (startCore = resolve)).then(loadCore);
  // Settled once the servers listen and the core is loaded; requests that come sooner wait on it.
  let settle!: (r: Promise<RunningInspector>) => void;
  const gate = new Promise<RunningInspector>((resolve) => (settle = resolve));
  const whenReady = () => (needBridge(), gate);

  let sandbox: SandboxServer | undefined;
  const server: Server = createInspectorServer({
    host,
    port: opts.port ?? 6274,
    token,
    extraHostnames: opts.extraHostnames,
    pages: withAppSandbox(opts.pages, () => sandbox?.port ?? 0),
    loadSocketsAfter: opts.loadSocketsAfter,
    onSocket: (ws) => {
      // Frames that come before the engine is loaded wait in the socket, not lost.
      ws.pause();
      void whenReady().then(() => core.then((c) => (c.bridge.attach(ws), ws.resume())));
    },
    oauthCallback: async (url) => {
      await (await whenReady()).engine.authorization.finish(url.search);
      return { ok: true, message: "" };
    },
    api: async (req, res, url) => {
      const json = (body: unknown) => {
        res.writeHead(200, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
        res.end(JSON.stringify(body));
      };
      if (req.method === "GET" && url.pathname === "/api/opened-session") {
        if (!opts.openedSession) return false;
        json(opts.openedSession);
        return true;
      }
      const known = ["/api/health", "/api/state", "/api/record"];
      if (req.method !== "GET" || !known.includes(url.pathname)) return false;
      const { engine, record } = await whenReady();
      const { RECORD_FORMAT_VERSION, servers } = await core;
      if (url.pathname === "/api/health")
        json({ ok: true, version: VERSION, status: engine.getState().status, spawned: engine.spawnCount });
      else if (url.pathname === "/api/state") json(servers ? servers.masked(engine.getState()) : engine.getState());
      else
        json({
          format: "mcp-inspector-record",
          version: RECORD_FORMAT_VERSION,
          entries: record.since(Number(url.searchParams.get("since") ?? 0)),
        });
      return true;
    },
  });

  // Both loopbacks (issue 88): a person who types localhost:PORT must not reach another account's look-alike on [::1].
  await listenBothLoopbacks(server, opts.port ?? 6274, host);
  const port = (server.address() as AddressInfo).port;
  const closePage = () => new Promise<void>((r) => (server.closeAllConnections?.(), server.close(() => r())));
  // A second origin for App UIs, framed only by this page (its origins are known only now, with
  // the port), and the coding agent's endpoint, which drives the page's engine (its calls show in
  // the page's timeline as the agent's). Both listen side by side; the endpoint's module loads
  // here, not with the launcher, and the agent tools behind it at its first request (agent/http.ts).
  const sandboxing: Promise<SandboxServer | undefined> =
    opts.sandboxPort === false
      ? Promise.resolve(undefined)
      : listening(
          () =>
            startSandboxServer({
              host,
              port: opts.sandboxPort || undefined,
              embedderOrigins: pageOrigins(port, opts.extraHostnames),
              extraHostnames: opts.extraHostnames,
            }),
          opts.sandboxPort,
          "the MCP Apps sandbox",
          "--sandbox-port",
          "MCP_SANDBOX_PORT",
        );
  const agenting: Promise<AgentEndpoint | undefined> =
    agentModule === undefined
      ? Promise.resolve(undefined)
      : agentModule.then(({ startAgentEndpoint }) =>
          listening(
            () =>
              startAgentEndpoint({
                tokens: opts.agentToken ? [opts.agentToken, token] : [token],
                port: opts.agentPort || undefined,
                root: opts.agentRoot,
                page: async () => {
                  const c = await whenReady().then(() => core);
                  return { engine: c.engine, record: c.record, shared: true, mark: c.agentMark };
                },
              }),
            opts.agentPort || undefined,
            "the coding agent's endpoint",
            "--agent-port",
            "INSPECTOR_AGENT_PORT",
          ),
        );
  const [sandboxed, agented] = await Promise.allSettled([sandboxing, agenting]);
  if (sandboxed.status === "fulfilled" && agented.status === "fulfilled") sandbox = sandboxed.value;
  else {
    // One failed: what did listen closes again, and the sandbox's failure is told first (it was started first).
    if (agented.status === "fulfilled") await agented.value?.close();
    if (sandboxed.status === "fulfilled") await sandboxed.value?.close();
    await closePage();
    throw sandboxed.status === "rejected" ? sandboxed.reason : (agented as PromiseRejectedResult).reason;
  }
  const agent = agented.value;
  setImmediate(startCore);
  const shownHost = host.includes(":") ? `[${host}]` : host;
  const url = `http://${shownHost}:${port}`;
  callbackUrl = `${url}${OAUTH_CALLBACK_PATH}`;
  const base = { url, pageUrl: `${url}/?token=${token}`, port, token, sandboxPort: sandbox?.port ?? 0, agentUrl: agent?.url };
  const closeServers = async () => {
    await agent?.close();
    await sandbox?.close();
    server.closeAllConnections?.();
    await new Promise<void>((r) => server.close(() => r()));
  };
  const ready = core.then((c) => {
    engineUp(c);
    const running: RunningInspector = {
      ...base,
      engine: c.engine,
      person: c.person ?? c.engine,
      record: c.record,
      async close() {
        c.bridge.dispose();
        await c.engine.close();
        await closeServers();
      },
    };
    opts.onCore?.(running);
    return running;
  });
  // A core that fails to load still closes the servers; the error reaches whoever awaits ready.
  ready.catch(() => undefined);
  settle(ready);
  // The same for the gate the requests wait on: its waiters get the error; none waiting is no unhandled rejection.
  gate.catch(() => undefined);
  return {
    ...base,
    ready,
    async close() {
      const running = await ready.catch(() => undefined);
      if (running) await running.close();
      else await closeServers();
    },
  };
}
