import type { Server } from "node:http";
import type { WebSocket } from "ws";
import { Bridge, WATCHED_REFUSAL, type BridgeRecord, type WatchedSession } from "../bridge/ws-bridge";
import { createInspectorServer, type PageHandler } from "../bridge/http-server";
import { staticPages } from "../bridge/static-pages";
import { LaunchCodes, launchLink } from "../launcher/launch-code";
import { PAGE_DIR, VERSION } from "../paths";
import type { RecordStore } from "../record/store";
import { parseCommand } from "../../lib/wire/protocol";
import type { HubLinkFrame, HubSessionList, HubSessionView } from "../../lib/wire/hub";
import { objectOr, stringOr } from "../../lib/json/shape";
import { RemoteSession } from "./hub-remote";
import { tapApi } from "./page-api";
import { listenLoopback } from "./listen";
import { WRONG_SECRET, applyTapFrame, checkJoin } from "./hub-join";
import { VirtualSocket } from "./hub-socket";
import type { TapSession } from "./tap-view";
import type { EndedSession } from "./hub-ended";

/** The page's parameter that names the session a launch link opens on (features/tap/use-tap-sessions.ts reads it). */
export const TAP_SESSION_PARAM = "tap";

export interface HubOptions {
  /** The hub tap's own session. */
  local: { key: string; session: TapSession; record: RecordStore; server: string };
  port: number;
  /** The page's token: the one the hub file names (kept by a hub that takes over, so an open page gets back in). */
  token: string;
  /** What a joining tap must send (from the hub file). */
  secret: string;
  pages?: PageHandler;
  warn(text: string): void;
  /** Sessions that had ended on the page before this hub took it over (hub-ended.ts): listed, ended, readable. */
  ended?: readonly EndedSession[];
}

export interface Hub {
  url: string;
  port: number;
  token: string;
  /** The page with a fresh one-time launch code, opening on this session (the hub's own by default). */
  launchUrl(key?: string): string;
  /** The sessions shown (tests). */
  sessions(): HubSessionView[];
  /** Whether a joined tap is still live (one that could take the page over). */
  hasLiveMember(): boolean;
  /** The ended sessions and this hub's own (it is leaving), as an heir takes them over (hub-ended.ts). */
  ended(): EndedSession[];
  close(): Promise<void>;
}

interface Slot {
  key: string;
  view: TapSession | RemoteSession;
  bridge: Bridge;
  server: string;
  pid: number;
  hub: boolean;
}

/**
 * The page of many taps (issue 65): the launcher's HTTP server (loopback, Host and Origin checked,
 * the token) with one bridge per session. A page's socket shows one session at a time and picks
 * another with `tap-select`; a joining tap's socket sends `hub-join` with the hub's secret first and
 * then streams its record and state, and gets the page's restart and save for its session.
 */
export async function startHub(o: HubOptions): Promise<Hub> {
  const codes = new LaunchCodes({ token: o.token, warn: o.warn, ownUid: process.getuid?.() });
  const slots = new Map<string, Slot>();
  const pages = new Set<PageSocket>();
  /** Every socket, a page's or a tap's: closed with the hub (a tap's link is no bridge's to close). */
  const sockets = new Set<WebSocket>();
  const services = {
    replay: () => Promise.reject(new Error(`${WATCHED_REFUSAL}: reproduce a saved session with inspector replay FILE`)),
  };
  const add = (slot: Omit<Slot, "bridge">, record: BridgeRecord) => {
    const bridge = new Bridge(slot.view as WatchedSession, record, VERSION, services);
    slots.set(slot.key, { ...slot, bridge });
  };
  add({ key: o.local.key, view: o.local.session, server: o.local.server, pid: process.pid, hub: true }, o.local.record);
  // What the page listed as ended under the hub before: it stays, ended, under this one.
  for (const e of o.ended ?? []) {
    if (slots.has(e.key)) continue;
    const remote = new RemoteSession(e.key, e.server, e.pid, e.state, () => undefined);
    remote.record.add(e.firstSeq, e.entries);
    remote.end();
    add({ key: e.key, view: remote, server: e.server, pid: e.pid, hub: false }, remote.record);
  }

  const list = (current: string): HubSessionList => ({ current, sessions: [...slots.values()].map(viewOf) });

  class PageSocket {
    private current: VirtualSocket;
    private key: string;
    private n = 0;

    constructor(private readonly ws: WebSocket) {
      this.key = o.local.key;
      this.current = this.attach(this.key);
    }

    incoming(data: unknown, isBinary: boolean): void {
      const text = isBinary ? "" : String(data);
      // The hub's own two commands; everything else is the shown session's bridge's.
      if (/^\s*\{\s*"type"\s*:\s*"tap-s/.test(text)) {
        const parsed = parseCommand(text);
        if (parsed.ok && (parsed.command.type === "tap-sessions" || parsed.command.type === "tap-select"))
          return this.hubCommand(parsed.command.id, parsed.command.type === "tap-select" ? parsed.command.key : undefined);
      }
      this.current.emit("message", data, isBinary);
    }

    private hubCommand(id: string, select?: string): void {
      if (select !== undefined && !slots.has(select))
        return this.reply({ type: "reply", id, ok: false, error: { message: `no session ${select} on this page` } });
      this.reply({ type: "reply", id, ok: true, result: list(select ?? this.key) });
      // Selected again, the same session is shown again from its start (a page that lost its place).
      if (select !== undefined) this.show(select);
    }

    /** The session `key` has a new copy (its tap joined again): show that one. */
    reshow(key: string): void {
      if (key === this.key) this.show(key);
    }

    /**
     * Move the page's socket to that session's bridge: it hears a welcome from a new instance
     * (client/connection.ts: a record that started over), forgets what it held and reads this one.
     */
    private show(key: string): void {
      this.current.detach();
      this.key = key;
      this.current = this.attach(key);
      this.current.emit("message", JSON.stringify({ type: "hello", id: `hub-${++this.n}`, since: 0, previews: true }), false);
    }

    private attach(key: string): VirtualSocket {
      const v = new VirtualSocket(this.ws);
      slots.get(key)!.bridge.attach(v as unknown as WebSocket);
      return v;
    }

    private reply(event: unknown): void {
      if (this.ws.readyState === this.ws.OPEN) this.ws.send(JSON.stringify(event));
    }

    closed(): void {
      this.current.detach();
      pages.delete(this);
    }
  }

  function join(ws: WebSocket, text: string): RemoteSession | undefined {
    const checked = checkJoin(text, o.secret, VERSION);
    if (!checked.ok) {
      if (checked.reason === WRONG_SECRET) o.warn("a tap sent the wrong hub secret: refused");
      send(ws, { type: "hub-refused", reason: checked.reason });
      ws.close(1008, "refused");
      return undefined;
    }
    const j = checked.join;
    if (slots.get(j.key)?.hub) return void send(ws, { type: "hub-refused", reason: "that key is the hub's own" });
    // A tap that joins again (its link dropped) replaces its old copy; pages showing it read the new one.
    const old = slots.get(j.key);
    const remote = new RemoteSession(j.key, j.server, j.pid, j.state, (f) => send(ws, f));
    add({ key: j.key, view: remote, server: j.server, pid: j.pid, hub: false }, remote.record);
    if (old) {
      for (const p of pages) p.reshow(j.key);
      old.bridge.dispose();
      (old.view as RemoteSession).end();
    }
    send(ws, { type: "hub-welcome", key: j.key, launchUrl: hub.launchUrl(j.key), hubPid: process.pid });
    return remote;
  }

  const server: Server = createInspectorServer({
    host: "127.0.0.1",
    port: o.port,
    token: o.token,
    pages: codes.wrap(o.pages ?? staticPages(PAGE_DIR)),
    onSocket: (ws) => {
      // A socket is a page's unless its first frame is a tap's join.
      let page: PageSocket | undefined;
      let remote: RemoteSession | undefined;
      let tap = false;
      sockets.add(ws);
      ws.on("message", (data, isBinary) => {
        if (tap) {
          if (remote && !isBinary) applyTapFrame(remote, String(data));
          return;
        }
        if (!page) {
          const text = isBinary ? "" : String(data);
          if (/^\s*\{\s*"type"\s*:\s*"hub-join"/.test(text)) {
            tap = true;
            remote = join(ws, text);
            return;
          }
          page = new PageSocket(ws);
          pages.add(page);
        }
        page.incoming(data, isBinary);
      });
      ws.on("close", () => {
        sockets.delete(ws);
        page?.closed();
        if (remote && slots.get(remote.key)?.view === remote) remote.end();
      });
      ws.on("error", () => undefined);
    },
    api: tapApi(
      () => ({ state: o.local.session.getState(), record: o.local.record }),
      { hub: true },
      (path) => (path === "/api/sessions" ? list(o.local.key) : undefined),
    ),
  });
  const port = await listenLoopback(server, o.port);
  const url = `http://127.0.0.1:${port}`;
  const hub: Hub = {
    url,
    port,
    token: o.token,
    launchUrl: (key) =>
      launchLink(url, codes.issue({ printed: true }), key && key !== o.local.key ? `${TAP_SESSION_PARAM}=${encodeURIComponent(key)}` : ""),
    sessions: () => [...slots.values()].map(viewOf),
    hasLiveMember: () => [...slots.values()].some((s) => s.view instanceof RemoteSession && s.view.isLive),
    ended: () =>
      [...slots.values()].flatMap((s): EndedSession[] => {
        if (s.view instanceof RemoteSession && s.view.isLive) return [];
        const record = s.view instanceof RemoteSession ? s.view.record : o.local.record;
        return [
          { key: s.key, server: s.server, pid: s.pid, state: s.view.getState(), firstSeq: record.firstSeq, entries: record.since(0) },
        ];
      }),
    async close() {
      for (const s of slots.values()) s.bridge.dispose();
      // The taps that joined see their link end at once and elect a new hub; pages reconnect to it.
      for (const ws of sockets) ws.terminate();
      server.closeAllConnections?.();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
  return hub;
}

function viewOf(s: Slot): HubSessionView {
  const state = s.view.getState();
  const info = objectOr(state.tap?.clientInfo);
  const host = stringOr(info?.title) ?? stringOr(info?.name);
  const live = s.view instanceof RemoteSession ? s.view.isLive : state.status !== "disconnected";
  return { key: s.key, ...(host ? { host } : {}), server: s.server, live, pid: s.pid, hub: s.hub };
}

function send(ws: WebSocket, frame: HubLinkFrame): void {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
}
