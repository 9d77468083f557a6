import type { Entry, MessageEntry } from "../lib/record/format";
import { isErrorResponse, isNotification, isRequest } from "../lib/protocol/jsonrpc";
import type { TimelineStore } from "./timeline-store";

export interface LogLine {
  seq: number;
  t: number;
  level: string;
  logger?: string;
  data: unknown;
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
export interface ToolCallSeen {
  seq: number;
  name: string;
  progressToken?: string | number;
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
}
export interface ServerRequestSeen {
  seq: number;
  method: string;
  id: string | number;
  params: unknown;
}

const HELD = new Set(["sampling/createMessage", "elicitation/create", "roots/list"]);

function obj(v: unknown): Record<string, unknown> {
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/**
 * What the protocol pages need from the record, indexed as entries arrive: log messages,
 * stderr, progress by token, resource updates and active subscriptions, tasks and their latest
 * status, server->client requests. Fed from the timeline store (history included), so a
 * reloaded page shows the same; entries are referenced, never copied or edited.
 */
export class ProtocolFeed {
  logs: LogLine[] = [];
  stderr: StderrLine[] = [];
  readonly progress = new Map<string, ProgressInfo>();
  toolCalls: ToolCallSeen[] = [];
  resourceUpdates: ResourceUpdate[] = [];
  /** URIs subscribed in the current connection (a successful subscribe not yet unsubscribed). */
  subscriptions = new Set<string>();
  readonly tasks = new Map<string, TaskSeen>();
  serverRequests: ServerRequestSeen[] = [];
  readonly elicitationsCompleted = new Set<string>();

  private readonly requests = new Map<number, { method: string; params: Record<string, unknown> }>();
  private processed = 0;
  private lastSeq = 0;
  private version = 0;
  private readonly listeners = new Set<() => void>();
  private unsubscribe?: () => void;

  constructor(private readonly store: TimelineStore) {}

  start(): void {
    this.unsubscribe ??= this.store.subscribe(() => this.catchUp());
    this.catchUp();
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  getVersion = (): number => this.version;

  /** The first tools/call for `name` sent after `afterSeq` (the call a runner just made). */
  toolCallAfter(afterSeq: number, name: string): ToolCallSeen | undefined {
    let found: ToolCallSeen | undefined;
    for (let i = this.toolCalls.length - 1; i >= 0 && this.toolCalls[i].seq > afterSeq; i--) if (this.toolCalls[i].name === name) found = this.toolCalls[i];
    return found;
  }

  progressFor(token: string | number | undefined): ProgressInfo | undefined {
    return token === undefined ? undefined : this.progress.get(JSON.stringify(token));
  }

  /** Feed entries directly (tests); the store feeds the rest. */
  catchUp(): void {
    const view = this.store.view({ dir: "all", kinds: [], method: "", text: "" });
    // The store starts over when the backend restarted: so do we.
    if (view.count < this.processed || (this.processed > 0 && view.at(this.processed - 1).seq !== this.lastSeq)) this.reset();
    if (view.count === this.processed) return;
    for (let i = this.processed; i < view.count; i++) this.take(view.at(i));
    this.processed = view.count;
    this.lastSeq = view.at(view.count - 1).seq;
    this.version++;
    for (const l of this.listeners) l();
  }

  private reset(): void {
    this.logs = [];
    this.stderr = [];
    this.progress.clear();
    this.toolCalls = [];
    this.resourceUpdates = [];
    this.subscriptions = new Set();
    this.tasks.clear();
    this.serverRequests = [];
    this.elicitationsCompleted.clear();
    this.requests.clear();
    this.processed = 0;
    this.lastSeq = 0;
  }

  private take(e: Entry): void {
    if (e.kind === "stderr") return void this.stderr.push({ seq: e.seq, t: e.t, text: e.text });
    if (e.kind === "lifecycle") {
      if (e.event === "connecting") {
        // A new connection: its subscriptions and tasks start empty.
        this.subscriptions = new Set();
        this.tasks.clear();
        this.requests.clear();
      }
      return;
    }
    if (e.kind !== "message") return;
    const m = e.message;
    if (e.dir === "client->server") return this.outgoing(e, m);
    if (isNotification(m)) return this.notification(e, m.method, obj(m.params));
    if (isRequest(m)) {
      if (HELD.has(m.method)) this.serverRequests.push({ seq: e.seq, method: m.method, id: m.id, params: m.params });
      return;
    }
    if (e.pair) this.response(e, e.pair.seq, e.pair.method);
  }

  private outgoing(e: MessageEntry, m: unknown): void {
    if (!isRequest(m)) return;
    const params = obj(m.params);
    this.requests.set(e.seq, { method: m.method, params });
    if (m.method === "tools/call" && typeof params.name === "string") {
      const token = obj(params._meta).progressToken;
      this.toolCalls.push({ seq: e.seq, name: params.name, progressToken: typeof token === "string" || typeof token === "number" ? token : undefined });
    }
  }

  private notification(e: MessageEntry, method: string, p: Record<string, unknown>): void {
    switch (method) {
      case "notifications/message":
        this.logs.push({ seq: e.seq, t: e.t, level: typeof p.level === "string" ? p.level : "info", logger: typeof p.logger === "string" ? p.logger : undefined, data: p.data });
        return;
      case "notifications/progress": {
        const token = p.progressToken;
        if (typeof token !== "string" && typeof token !== "number") return;
        if (typeof p.progress !== "number") return;
        this.progress.set(JSON.stringify(token), { seq: e.seq, progress: p.progress, total: typeof p.total === "number" ? p.total : undefined, message: typeof p.message === "string" ? p.message : undefined });
        return;
      }
      case "notifications/resources/updated":
        if (typeof p.uri === "string") this.resourceUpdates.push({ seq: e.seq, t: e.t, uri: p.uri });
        return;
      case "notifications/tasks/status":
        this.noteTask(p, e.seq);
        return;
      case "notifications/elicitation/complete":
        if (typeof p.elicitationId === "string") this.elicitationsCompleted.add(p.elicitationId);
        return;
    }
  }

  private response(e: MessageEntry, requestSeq: number, method: string): void {
    const req = this.requests.get(requestSeq);
    this.requests.delete(requestSeq);
    if (isErrorResponse(e.message)) return;
    const result = obj((e.message as { result?: unknown }).result);
    if (method === "resources/subscribe" && typeof req?.params.uri === "string") this.subscriptions = new Set([...this.subscriptions, req.params.uri]);
    else if (method === "resources/unsubscribe" && typeof req?.params.uri === "string") {
      const next = new Set(this.subscriptions);
      next.delete(req.params.uri);
      this.subscriptions = next;
    } else if (method === "tools/call" && result.task) this.noteTask(obj(result.task), e.seq, typeof req?.params.name === "string" ? req.params.name : undefined);
    else if (method === "tasks/get" || method === "tasks/cancel") this.noteTask(result, e.seq);
    else if (method === "tasks/list" && Array.isArray(result.tasks)) for (const t of result.tasks) this.noteTask(obj(t), e.seq);
  }

  private noteTask(t: Record<string, unknown>, seq: number, tool?: string): void {
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
    });
  }
}

/** Task statuses after which nothing changes (2025-11-25). */
export function isTerminalTask(status: string): boolean {
  return status === "completed" || status === "failed" || status === "cancelled";
}
