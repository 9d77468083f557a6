import WebSocket from "ws";
import { startInspector, type RunningInspector } from "../../server/inspector";
import { InspectorClient, type SocketLike } from "../../lib/wire/client";
import type { Entry } from "../../lib/record/format";
import type { SessionState } from "../../lib/wire/session-state";

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

/** A headless page: a WebSocket client speaking the page's protocol, collecting what it is sent. */
export async function connectClient(inspector: RunningInspector, token = inspector.token) {
  const ws = new WebSocket(`ws://127.0.0.1:${inspector.port}/ws?token=${token}`);
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  const seen = { entries: [] as Entry[], states: [] as SessionState[], problems: [] as string[] };
  const client = new InspectorClient(ws as unknown as SocketLike, {
    entries: (e) => seen.entries.push(...e),
    state: (s) => seen.states.push(s),
    problem: (m) => seen.problems.push(m),
  });
  return { ws, client, seen };
}
