import type { QueryClient } from "@tanstack/react-query";
import { InspectorClient, type CommandBody, type SocketLike } from "../lib/wire/client";
import type { Entry } from "../lib/record/format";
import type { SessionState } from "../lib/wire/session-state";
import { isNotification } from "../lib/protocol/jsonrpc";
import { timingFields } from "./page-settings";
import { keys } from "./query-keys";
import type { TimelineStore } from "./timeline-store";

/** How the page's own socket to the backend is doing (not the target's connection). */
export type SocketStatus = "connecting" | "open" | "reconnecting" | "unauthorized";

export interface ConnectionSnapshot {
  socket: SocketStatus;
  inspectorVersion?: string;
  /** Last thing that went wrong with the socket, in words. */
  problem?: string;
}

export interface ConnectionOptions {
  /** ws://host:port/ws (without the token). */
  wsUrl: string;
  token: string;
  queryClient: QueryClient;
  store: TimelineStore;
  /** Asks the backend whether the token is good (GET /api/health): false on 401. */
  checkToken(token: string): Promise<boolean>;
  createSocket?(url: string): SocketLike;
}

const RETRY_MS = [250, 500, 1000, 2000, 4000];

/** list_changed notifications and the lists they make stale. */
const LIST_CHANGED: [string, readonly (readonly unknown[])[]][] = [
  ["notifications/tools/list_changed", [keys.toolsAll]],
  ["notifications/resources/list_changed", [keys.resourcesAll, keys.templatesAll]],
  ["notifications/prompts/list_changed", [keys.promptsAll]],
];

/**
 * The page's one socket to the backend. Session state goes into the query cache, entries into
 * the timeline store; commands come back as promises. After a drop it reconnects and asks for
 * what it missed (`hello` since the last seq it holds); if the backend was restarted (its seqs
 * start over) it starts the timeline afresh.
 */
export class InspectorConnection {
  private client?: InspectorClient;
  private snapshot: ConnectionSnapshot = { socket: "connecting" };
  private readonly listeners = new Set<() => void>();
  private attempts = 0;
  private stopped = false;
  private retryTimer?: ReturnType<typeof setTimeout>;
  /** Entries up to this seq are history replayed at hello, not news. */
  private historyUpTo = 0;
  private welcomed?: { promise: Promise<SessionState>; resolve(s: SessionState): void; done: boolean };
  /** The backend process this page's record came from (welcome.instanceId). */
  private instanceId?: string;

  constructor(private readonly opts: ConnectionOptions) {
    this.resetWelcome();
  }

  start(): void {
    this.stopped = false;
    this.open();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.client?.close();
    this.client = undefined;
  }

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  getSnapshot = (): ConnectionSnapshot => this.snapshot;

  /** Resolves with the session state once the backend has welcomed this page. */
  whenWelcomed(): Promise<SessionState> {
    return this.welcomed!.promise;
  }

  /** Send a command; rejects in words when the backend is not reachable. */
  command<T = unknown>(body: CommandBody): Promise<T> {
    if (!this.client || this.snapshot.socket !== "open") {
      return Promise.reject(new Error("the page is not connected to the inspector backend (reconnecting…)"));
    }
    // The person's timing settings apply to every request unless the caller set its own.
    if (body.type === "request" || body.type === "call-tool") return this.client.command<T>({ ...timingFields(), ...body }).then((r) => this.withResultFromRecord(r));
    return this.client.command<T>(body);
  }

  /** A reply that left a big result in the record (resultInRecord) gets it from the entry it names. */
  private async withResultFromRecord<T>(reply: T): Promise<T> {
    const r = reply as { resultInRecord?: boolean; responseSeq?: number } | null;
    if (!r?.resultInRecord || r.responseSeq === undefined) return reply;
    const entry = await this.opts.store.whenEntry(r.responseSeq);
    const result = entry?.kind === "message" ? (entry.message as { result?: unknown }).result : undefined;
    return { ...r, result } as T;
  }

  /** The id the next command gets, so a caller can cancel it. */
  nextCommandId(): string | undefined {
    return this.client?.peekNextId();
  }

  private open(): void {
    const url = `${this.opts.wsUrl}?token=${encodeURIComponent(this.opts.token)}`;
    const socket = this.opts.createSocket ? this.opts.createSocket(url) : (new WebSocket(url) as unknown as SocketLike);
    let opened = false;
    const client = new InspectorClient(socket, {
      welcome: (w) => {
        const { store } = this.opts;
        const restarted = (this.instanceId !== undefined && w.instanceId !== this.instanceId) || w.lastSeq < store.lastSeq;
        this.instanceId = w.instanceId;
        if (restarted) {
          // A new backend process: its record is not the one we hold.
          store.reset();
          void client.hello(0).catch(() => undefined);
        }
        this.historyUpTo = w.lastSeq;
        this.setState(w.state);
        this.set({ socket: "open", inspectorVersion: w.inspectorVersion, problem: undefined });
      },
      entries: (entries) => this.onEntries(entries),
      state: (s) => this.setState(s),
      problem: (message) => this.set({ ...this.snapshot, problem: message }),
      closed: (code) => {
        if (this.client === client) this.client = undefined;
        if (this.stopped) return;
        if (!opened) void this.onRefusedOrDown(code);
        else this.retry(`closed with code ${code}`);
      },
    });
    this.client = client;
    socket.onopen = () => {
      opened = true;
      this.attempts = 0;
      void client.hello(this.opts.store.lastSeq).catch(() => undefined);
    };
  }

  private async onRefusedOrDown(code: number): Promise<void> {
    // A browser hides the HTTP status of a refused upgrade; ask the API whether it was the token.
    let ok = true;
    try {
      ok = await this.opts.checkToken(this.opts.token);
    } catch {
      ok = true; // the backend is down: keep trying
    }
    if (this.stopped) return;
    if (!ok) {
      this.set({ socket: "unauthorized", problem: "the backend refused this page's token" });
      return;
    }
    this.retry(`not reachable, code ${code}`);
  }

  private retry(problem: string): void {
    this.set({ ...this.snapshot, socket: "reconnecting", problem });
    const delay = RETRY_MS[Math.min(this.attempts++, RETRY_MS.length - 1)];
    this.retryTimer = setTimeout(() => this.open(), delay);
  }

  private onEntries(entries: Entry[]): void {
    this.opts.store.push(entries);
    // Spec: a server that declared tools.listChanged sends this when its list changes.
    // Only news counts: a replayed notification is about a list that was re-read since.
    for (const [method, queryKeys] of LIST_CHANGED) {
      if (entries.some((e) => e.seq > this.historyUpTo && e.kind === "message" && e.dir === "server->client" && isNotification(e.message) && e.message.method === method)) {
        for (const queryKey of queryKeys) void this.opts.queryClient.invalidateQueries({ queryKey });
      }
    }
  }

  private setState(s: SessionState): void {
    this.opts.queryClient.setQueryData(keys.state, s);
    if (this.welcomed && !this.welcomed.done) {
      this.welcomed.done = true;
      this.welcomed.resolve(s);
    }
  }

  private resetWelcome(): void {
    let resolve!: (s: SessionState) => void;
    const promise = new Promise<SessionState>((r) => (resolve = r));
    this.welcomed = { promise, resolve, done: false };
  }

  private set(s: ConnectionSnapshot): void {
    this.snapshot = s;
    for (const l of this.listeners) l();
  }
}
