import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Engine } from "./engine";
import type { RecordStore } from "./record/store";
import { OAUTH_CALLBACK_PATH, createInspectorServer, type PageHandler } from "./bridge/http-server";
import { newToken } from "./bridge/security";
import { VERSION } from "./paths";
import type { SessionFile } from "../lib/session/file";
import { pageOrigins, startSandboxServer, type SandboxServer } from "./apps/sandbox-server";
import { withAppSandbox } from "./apps/page-framing";

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
  /** Port of the MCP Apps sandbox origin (default: any free one); false: no sandbox (Apps do not render). */
  sandboxPort?: number | false;
}

export interface RunningInspector {
  url: string;
  /** The page URL with the token, as printed by the launcher. */
  pageUrl: string;
  port: number;
  token: string;
  /** The MCP Apps sandbox origin's port (0 when there is none). */
  sandboxPort: number;
  engine: Engine;
  record: RecordStore;
  close(): Promise<void>;
}

/**
 * Start the backend: record, engine, bridge and one HTTP server for page, API and socket. The
 * engine's half is a chunk of its own (server/inspector-core.ts), loaded here: the commands that
 * never start a backend (`--help`, a usage error, `--completion`) do not load it.
 */
export async function startInspector(opts: InspectorOptions): Promise<RunningInspector> {
  const host = opts.host ?? "127.0.0.1";
  const token = opts.token ?? newToken();
  const { createCore } = await import("./inspector-core");
  const { engine, record, bridge, RECORD_FORMAT_VERSION } = createCore({ recordMaxBytes: opts.recordMaxBytes });

  let sandbox: SandboxServer | undefined;
  const server: Server = createInspectorServer({
    host,
    port: opts.port ?? 6274,
    token,
    extraHostnames: opts.extraHostnames,
    pages: withAppSandbox(opts.pages, () => sandbox?.port ?? 0),
    onSocket: (ws) => bridge.attach(ws),
    oauthCallback: async (url) => {
      await engine.authorization.finish(url.search);
      return { ok: true, message: "" };
    },
    api: async (req, res, url) => {
      const json = (body: unknown) => {
        res.writeHead(200, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
        res.end(JSON.stringify(body));
      };
      if (req.method === "GET" && url.pathname === "/api/health") {
        json({ ok: true, version: VERSION, status: engine.getState().status, spawned: engine.spawnCount });
        return true;
      }
      if (req.method === "GET" && url.pathname === "/api/state") {
        json(engine.getState());
        return true;
      }
      if (req.method === "GET" && url.pathname === "/api/opened-session") {
        if (!opts.openedSession) return false;
        json(opts.openedSession);
        return true;
      }
      if (req.method === "GET" && url.pathname === "/api/record") {
        json({ format: "mcp-inspector-record", version: RECORD_FORMAT_VERSION, entries: record.since(Number(url.searchParams.get("since") ?? 0)) });
        return true;
      }
      return false;
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 6274, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  // A second origin for App UIs, framed only by this page (its origins are known only now, with the port).
  if (opts.sandboxPort !== false) sandbox = await startSandboxServer({ host, port: opts.sandboxPort, embedderOrigins: pageOrigins(port, opts.extraHostnames), extraHostnames: opts.extraHostnames });
  const shownHost = host.includes(":") ? `[${host}]` : host;
  const url = `http://${shownHost}:${port}`;
  engine.authorization.callbackUrl = `${url}${OAUTH_CALLBACK_PATH}`;
  return {
    url,
    pageUrl: `${url}/?token=${token}`,
    port,
    token,
    sandboxPort: sandbox?.port ?? 0,
    engine,
    record,
    async close() {
      bridge.dispose();
      await sandbox?.close();
      await engine.close();
      server.closeAllConnections?.();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
