import type { Server } from "node:http";
import { Bridge, WATCHED_REFUSAL } from "../bridge/ws-bridge";
import { createInspectorServer, type PageHandler } from "../bridge/http-server";
import { newToken } from "../bridge/security";
import { staticPages } from "../bridge/static-pages";
import { LaunchCodes, launchLink } from "../launcher/launch-code";
import { PAGE_DIR, VERSION } from "../paths";
import type { RecordStore } from "../record/store";
import type { TapSession } from "./tap-view";
import { tapApi } from "./page-api";
import { listenLoopback } from "./listen";

/**
 * The tap's page port when --port is not given: 0, any free one. A host starts one tap per
 * server it runs, all at once: a fixed port would be taken by the first and refused to the rest.
 */
export const DEFAULT_TAP_PAGE_PORT = 0;

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
export async function startTapPage(o: TapPageOptions): Promise<TapPage> {
  const token = o.token ?? newToken();
  const codes = new LaunchCodes({ token, warn: o.warn, ownUid: process.getuid?.() });
  const bridge = new Bridge(o.session, o.record, VERSION, {
    replay: () => Promise.reject(new Error(`${WATCHED_REFUSAL}: reproduce a saved session with inspector replay FILE`)),
  });
  const server: Server = createInspectorServer({
    host: "127.0.0.1",
    port: o.port,
    token,
    pages: codes.wrap(o.pages ?? staticPages(PAGE_DIR)),
    onSocket: (ws) => bridge.attach(ws),
    api: tapApi(() => ({ state: o.session.getState(), record: o.record }), {}),
  });
  const port = await listenLoopback(server, o.port);
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    launchUrl: launchLink(url, codes.issue({ printed: true })),
    token,
    port,
    async close() {
      bridge.dispose();
      server.closeAllConnections?.();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
