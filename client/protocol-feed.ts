import type { AppEntry, Entry, MessageEntry } from "../lib/record/format";
import { isErrorResponse, isNotification, isRequest } from "../lib/protocol/jsonrpc";
import { NO_FILTER, type TimelineStore } from "./timeline-store";
import { Store } from "./store";
import { asRecord } from "../lib/json/shape";

export interface LogLine {
  seq: number;
  t: number;
  level: string;
  logger?: string;
  data: unknown;
  /** An App's log (its `notifications/message` to the host): the tool whose App sent it. */
  app?: string;
}
export interface StderrLine {
  seq: number;
  t: number;
  text: string;
}
export interface ProgressInfo {
  seq: number;
  progress: number;
  total?: number;
  message?: string;
}
export interface ResourceUpdate {
  seq: number;
  t: number;
  uri: string;
}
export interface TaskSeen {
  taskId: string;
  status: string;
  statusMessage?: string;
  ttl?: number | null;
  pollInterval?: number;
  createdAt?: string;
  lastUpdatedAt?: string;
  /** The tool whose call created it, when this page saw the call. */
  tool?: string;
  seq: number;
  /** The record entry of the tasks/result response, once one arrived (whoever asked). */
  resultSeq?: number;
  /** The server sent notifications/tasks/status for it (so its status need not be polled). */
  notified?: boolean;
}
/** auto's switch of eras: the server refused `initialize` for its version, so the engine sent server/discover. */
export interface EraSwitch {
  /** The engine's lifecycle note, which says why. */
  noteSeq: number;
  text: string;
  /** The refused initialize request and the server's answer to it, when they were recorded. */
  initializeSeq?: number;
  refusalSeq?: number;
}
export interface ServerRequestSeen {
  seq: number;
  method: string;
  id: string | number;
  params: unknown;
}

/** The engine's note when auto falls back to 2026-07-28 (server/engine/handshake.ts). */
const SWITCHED_ERA = /switching to the \S+ era/;

const HELD = new Set(["sampling/createMessage", "elicitation/create", "roots/list"]);

/**
 * What the protocol pages need from the record, indexed as entries arrive: log messages,
 * stderr, progress by token, resource updates, tasks and their latest
 * status, server->client requests. Fed from the timeline store (history included), so a
 * reloaded page shows the same; entries are referenced, never copied or edited.
 */
export class ProtocolFeed extends Store {
  logs: LogLine[] = [];
  stderr: StderrLine[] = [];
  readonly progress = new Map<string, ProgressInfo>();
  resourceUpdates: ResourceUpdate[] = [];
  readonly tasks = new Map<string, TaskSeen>();
  serverRequests: ServerRequestSeen[] = [];
  /** Seq of the latest "connecting" entry: where this connection's part of the record starts. */
  connectionFrom = 0;
  readonly elicitationsCompleted = new Set<string>();
  /** Set when this connection started with an initialize the server refused (auto switched to 2026-07-28). */
  eraSwitch?: EraSwitch;

  private readonly requests = new Map<number, { method: string; params: Record<string, unknown> }>();
  /** The latest initialize answered with an error: the refusal an era switch is about. */
  private refusedInitialize?: { requestSeq: number; responseSeq: number };
  private processed = 0;
  private unsubscribe?: () => void;

  private announcing = false;

  /**
   * `later`: when the feed's views hear of new entries. The page passes a task of its own (see
   * Session): the timeline renders in the animation frame that appended them, and the Logs and
   * Tools views after it, so a flood's frame is not one task of both renders and their layouts
   * (bench figure 3f, traced). Without it (tests) they hear at once.
   */
  constructor(
    private readonly store: TimelineStore,
    private readonly later?: (run: () => void) => void,
  ) {
    super();
  }

  start(): void {
    this.unsubscribe ??= this.store.subscribe(() => this.catchUp());
    this.catchUp();
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /**
   * The latest progress of the request recorded as `requestSeq` with this token (from its
   * `accepted` event): only notifications after the request count, so a token the SDK reused
   * on an earlier connection shows nothing old.
   */
  progressOf(request: { requestSeq: number; progressToken?: string | number } | undefined): ProgressInfo | undefined {
    if (request?.progressToken === undefined) return undefined;
    const p = this.progress.get(JSON.stringify(request.progressToken));
    return p && p.seq > request.requestSeq ? p : undefined;
  }

  /** Take the entries the store appended since the last call (the store's subscription calls it; tests may too). */
  catchUp(): void {
    const view = this.store.view(NO_FILTER);
    if (view.count <= this.processed) return;
    for (let i = this.processed; i < view.count; i++) this.take(view.at(i));
    this.processed = view.count;
    this.announce();
  }

  /** Tell the views, now or in the task `later` gives (once for everything taken until then). */
  private announce(): void {
    if (!this.later) return this.changed();
    if (this.announcing) return;
    this.announcing = true;
    this.later(() => {
      this.announcing = false;
      this.changed();
    });
  }

  /** Start over (its Session resets the store and the feed together when the backend restarted). */
  reset(): void {
    this.logs = [];
    this.stderr = [];
    this.progress.clear();
    this.resourceUpdates = [];
    this.tasks.clear();
    this.serverRequests = [];
    this.connectionFrom = 0;
    this.elicitationsCompleted.clear();
    this.eraSwitch = undefined;
    this.refusedInitialize = undefined;
    this.requests.clear();
    this.processed = 0;
    this.changed();
  }

  private take(e: Entry): void {
    if (e.kind === "stderr") return void this.stderr.push({ seq: e.seq, t: e.t, text: e.text });
    if (e.kind === "lifecycle") {
      if (e.event === "connecting") {
        this.connectionFrom = e.seq;
        // A new connection: its tasks start empty.
        this.tasks.clear();
        this.requests.clear();
        this.eraSwitch = undefined;
        this.refusedInitialize = undefined;
      } else if (e.event === "note" && SWITCHED_ERA.test(e.text)) {
        const refusal = this.refusedInitialize;
        this.eraSwitch = {
          noteSeq: e.seq,
          text: e.text,
          ...(refusal ? { initializeSeq: refusal.requestSeq, refusalSeq: refusal.responseSeq } : {}),
        };
      }
      return;
    }
    if (e.kind === "app") return this.appLog(e);
    if (e.kind !== "message") return;
    const m = e.message;
    if (e.dir === "client->server") return this.outgoing(e, m);
    if (isNotification(m)) return this.notification(e, m.method, asRecord(m.params));
    if (isRequest(m)) {
      if (HELD.has(m.method)) this.serverRequests.push({ seq: e.seq, method: m.method, id: m.id, params: m.params });
      return;
    }
    if (e.pair) this.response(e, e.pair.seq, e.pair.method);
  }

  /** An App's logs are logs too (the spec's `notifications/message` from the View): listed with the server's, named for their App. */
  private appLog(e: AppEntry): void {
    if (e.dir !== "app->host" || !isNotification(e.message) || e.message.method !== "notifications/message") return;
    const p = asRecord(e.message.params);
    this.logs.push({
      seq: e.seq,
      t: e.t,
      level: typeof p.level === "string" ? p.level : "info",
      logger: typeof p.logger === "string" ? p.logger : undefined,
      data: p.data,
      app: e.tool,
    });
  }

  private outgoing(e: MessageEntry, m: unknown): void {
    if (!isRequest(m)) return;
    this.requests.set(e.seq, { method: m.method, params: asRecord(m.params) });
  }

  private notification(e: MessageEntry, method: string, p: Record<string, unknown>): void {
    switch (method) {
      case "notifications/message":
        this.logs.push({
          seq: e.seq,
          t: e.t,
          level: typeof p.level === "string" ? p.level : "info",
          logger: typeof p.logger === "string" ? p.logger : undefined,
          data: p.data,
        });
        return;
      case "notifications/progress": {
        const token = p.progressToken;
        if (typeof token !== "string" && typeof token !== "number") return;
        if (typeof p.progress !== "number") return;
        this.progress.set(JSON.stringify(token), {
          seq: e.seq,
          progress: p.progress,
          total: typeof p.total === "number" ? p.total : undefined,
          message: typeof p.message === "string" ? p.message : undefined,
        });
        return;
      }
      case "notifications/resources/updated":
        if (typeof p.uri === "string") this.resourceUpdates.push({ seq: e.seq, t: e.t, uri: p.uri });
        return;
      case "notifications/tasks/status":
        this.noteTask(p, e.seq, undefined, true);
        return;
      case "notifications/elicitation/complete":
        if (typeof p.elicitationId === "string") this.elicitationsCompleted.add(p.elicitationId);
        return;
    }
  }

  private response(e: MessageEntry, requestSeq: number, method: string): void {
    const req = this.requests.get(requestSeq);
    this.requests.delete(requestSeq);
    if (isErrorResponse(e.message)) {
      if (method === "initialize") this.refusedInitialize = { requestSeq, responseSeq: e.seq };
      return;
    }
    const result = asRecord(asRecord(e.message).result);
    if (method === "tools/call" && result.task)
      this.noteTask(asRecord(result.task), e.seq, typeof req?.params.name === "string" ? req.params.name : undefined);
    else if (method === "tasks/get" || method === "tasks/cancel") this.noteTask(result, e.seq);
    else if (method === "tasks/result" && typeof req?.params.taskId === "string") {
      const seen = this.tasks.get(req.params.taskId);
      if (seen) this.tasks.set(seen.taskId, { ...seen, resultSeq: e.seq });
    } else if (method === "tasks/list" && Array.isArray(result.tasks)) for (const t of result.tasks) this.noteTask(asRecord(t), e.seq);
  }

  private noteTask(t: Record<string, unknown>, seq: number, tool?: string, notified?: boolean): void {
    if (typeof t.taskId !== "string" || typeof t.status !== "string") return;
    const prev = this.tasks.get(t.taskId);
    this.tasks.set(t.taskId, {
      taskId: t.taskId,
      status: t.status,
      statusMessage: typeof t.statusMessage === "string" ? t.statusMessage : undefined,
      ttl: typeof t.ttl === "number" || t.ttl === null ? (t.ttl as number | null) : prev?.ttl,
      pollInterval: typeof t.pollInterval === "number" ? t.pollInterval : prev?.pollInterval,
      createdAt: typeof t.createdAt === "string" ? t.createdAt : prev?.createdAt,
      lastUpdatedAt: typeof t.lastUpdatedAt === "string" ? t.lastUpdatedAt : prev?.lastUpdatedAt,
      tool: tool ?? prev?.tool,
      seq,
      resultSeq: prev?.resultSeq,
      notified: notified || prev?.notified,
    });
  }
}

/** Task statuses after which nothing changes (2025-11-25). */
export function isTerminalTask(status: string): boolean {
  return status === "completed" || status === "failed" || status === "cancelled";
}
