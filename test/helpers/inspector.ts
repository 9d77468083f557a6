import WebSocket from "ws";
import { QueryClient } from "@tanstack/react-query";
import { startInspector, type RunningInspector } from "../../server/launcher/inspector";
import { InspectorClient, type SocketLike } from "../../lib/wire/client";
import type { AcceptedEvent } from "../../lib/wire/protocol";
import type { Entry } from "../../lib/record/format";
import type { SessionState } from "../../lib/session/state";
import { Session } from "../../client/session";

/** The backend on a free port with a stub page, as the bridge and security tests need it. */
export async function startTestInspector(opts: { recordMaxBytes?: number } = {}): Promise<RunningInspector> {
  return startInspector({
    port: 0,
    pages: (_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html" });
      res.end("<!doctype html><title>stub page</title>");
    },
    ...opts,
  });
}

/** What a headless page was sent; `arrivals` keeps `accepted` events and entries in the order they came. */
export interface Seen {
  entries: Entry[];
  states: SessionState[];
  problems: string[];
  accepted: AcceptedEvent[];
  arrivals: Array<{ accepted: AcceptedEvent } | { entry: Entry }>;
}

/** A headless page: a WebSocket client speaking the page's protocol, collecting what it is sent. */
export async function connectClient(inspector: RunningInspector, token = inspector.token) {
  const ws = new WebSocket(`ws://127.0.0.1:${inspector.port}/ws`, { headers: { Authorization: `Bearer ${token}` } });
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  const seen: Seen = { entries: [], states: [], problems: [], accepted: [], arrivals: [] };
  const client = new InspectorClient(ws as unknown as SocketLike, {
    entries: (e) => {
      seen.entries.push(...e);
      for (const entry of e) seen.arrivals.push({ entry });
    },
    accepted: (a) => {
      seen.accepted.push(a);
      seen.arrivals.push({ accepted: a });
    },
    state: (s) => seen.states.push(s),
    problem: (m) => seen.problems.push(m),
  });
  return { ws, client, seen };
}

/** A tab's Session (the page's own client code, minus React) on the test backend, welcomed. */
export async function openSession(inspector: RunningInspector): Promise<Session> {
  const session = new Session({
    wsUrl: `ws://127.0.0.1:${inspector.port}/ws`,
    token: inspector.token,
    queryClient: new QueryClient(),
    checkToken: async () => true,
    createSocket: (url, protocols) => new WebSocket(url, protocols) as unknown as SocketLike,
    schedule: (flush) => flush(),
  }).start();
  await session.whenWelcomed();
  return session;
}
