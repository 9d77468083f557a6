import { randomUUID } from "node:crypto";
import type { JSONRPCMessage } from "@modelcontextprotocol/client";
import type { Clock } from "./clock";
import { isNotification, isRequest, type JsonRpcId } from "../../lib/protocol/jsonrpc";
import type { PendingServerRequest } from "../../lib/session/state";
import type { OfferedCapabilities } from "../../lib/target/target";
import type { JsonRpcError } from "../../lib/wire/protocol";
import type { StandingAnswers } from "../../lib/answers/schema";
import { standingAnswer } from "../../lib/answers/standing";
import { RpcErrorCode } from "../../lib/protocol/error-codes";
import { asRecord } from "../../lib/json/shape";

/** Server->client requests held for the person (or program) driving the session. */
const HELD_METHODS: Record<string, (c: OfferedCapabilities) => boolean> = {
  "sampling/createMessage": (c) => c.sampling,
  "elicitation/create": (c) => c.elicitationForm || c.elicitationUrl,
  "roots/list": (c) => c.roots,
};
/** Requests a server sends about tasks the client runs for it (2025-11-25 tasks, client side). */
const TASK_METHODS = new Set(["tasks/get", "tasks/result", "tasks/list", "tasks/cancel"]);
const RELATED_TASK = "io.modelcontextprotocol/related-task";

type Reply = { result: Record<string, unknown> } | { error: JsonRpcError };

interface Held {
  info: PendingServerRequest;
  /** The server's request id; absent for a request embedded in an input_required result. */
  jsonrpcId?: JsonRpcId;
  /** For an embedded (input_required) request: where its answer goes instead of the wire. */
  embedded?: (reply: Reply) => void;
  timer: unknown;
  /** Set when the server asked for a task: the answer completes the task instead of replying. */
  task?: ClientTask;
}

interface ClientTask {
  taskId: string;
  status: "working" | "input_required" | "completed" | "failed" | "cancelled";
  ttl: number | null;
  createdAt: string;
  lastUpdatedAt: string;
  statusMessage?: string;
  outcome?: { result: Record<string, unknown> } | { error: JsonRpcError };
  waiters: Array<() => void>;
}

export interface HeldRequestsOptions {
  clock: Clock;
  capabilities: OfferedCapabilities;
  timeoutMs: number;
  /** Send a frame to the server through the tapped transport (so it is recorded). */
  send(message: JSONRPCMessage): Promise<void>;
  changed(pending: PendingServerRequest[]): void;
  nextPendingId(): string;
  /** The standing answers in force now (the engine's session settings). */
  answers(): StandingAnswers;
}

/**
 * Holds sampling, elicitation and roots requests until someone answers, with a timeout that
 * answers for them. When the client offered tasks and the server asks for a task, the request
 * becomes a client-side task: the server gets a CreateTaskResult at once and polls tasks/get
 * and tasks/result, answered from here, while the person takes their time.
 */
export class HeldRequests {
  private readonly held = new Map<string, Held>();
  private readonly tasks = new Map<string, ClientTask>();
  /** The roots list the server was last told about, to tell it again only when it changes. */
  private rootsKey: string;

  constructor(private readonly opts: HeldRequestsOptions) {
    this.rootsKey = JSON.stringify(opts.answers().roots);
  }

  /**
   * The standing answers changed: answer the held requests they now cover and, when the roots
   * list changed on an initialized connection that offered roots, tell the server
   * (notifications/roots/list_changed: it then asks roots/list again).
   */
  answersChanged(initialized: boolean): void {
    const answers = this.opts.answers();
    for (const [pendingId, h] of this.held) {
      const reply = standingAnswer(h.info.method, h.info.params, answers);
      if (reply) void this.answer(pendingId, reply).catch(() => undefined);
    }
    const rootsKey = JSON.stringify(answers.roots);
    if (rootsKey === this.rootsKey) return;
    this.rootsKey = rootsKey;
    if (initialized && this.opts.capabilities.roots)
      void this.opts.send({ jsonrpc: "2.0", method: "notifications/roots/list_changed" } as JSONRPCMessage).catch(() => undefined);
  }

  /** How many are held now (a call's timer asks on each request: no list built for it). */
  get size(): number {
    return this.held.size;
  }

  list(): PendingServerRequest[] {
    return [...this.held.values()].map((h) => h.info);
  }

  /** Take a frame the engine received; true when it is held (the SDK client must not see it). */
  intercept(m: JSONRPCMessage, seq: number): boolean {
    if (isNotification(m) && m.method === "notifications/cancelled") {
      const requestId = asRecord(m.params).requestId;
      for (const [pid, h] of this.held) if (h.jsonrpcId !== undefined && h.jsonrpcId === requestId && !h.task) this.release(pid);
      return false;
    }
    if (!isRequest(m)) return false;
    if (TASK_METHODS.has(m.method) && this.opts.capabilities.tasks) {
      void this.answerTaskRequest(m.id, m.method, (m.params ?? {}) as Record<string, unknown>);
      return true;
    }
    const offered = HELD_METHODS[m.method];
    if (!offered || !offered(this.opts.capabilities)) return false;
    const params = (m.params ?? {}) as Record<string, unknown>;
    const wantsTask = this.opts.capabilities.tasks && params.task && typeof params.task === "object" && m.method !== "roots/list";
    const task = wantsTask ? this.createTask((params.task as { ttl?: number }).ttl) : undefined;
    // What the standing answers cover is answered at once and never shown as pending.
    const standing = standingAnswer(m.method, params, this.opts.answers());
    if (!standing) this.hold(m.id, m.method, params, seq, task);
    if (task) void this.reply(m.id, { result: { task: publicTask(task) } });
    if (standing && task) this.settleTask(task, standing);
    else if (standing) void this.reply(m.id, standing);
    return true;
  }

  /** Answer a held request: a reply to the server, or the completion of its task. */
  async answer(pendingId: string, reply: { result?: Record<string, unknown>; error?: JsonRpcError }): Promise<void> {
    const h = this.held.get(pendingId);
    if (!h) throw new Error(`no pending request ${pendingId} (it may have timed out or been cancelled)`);
    if (!reply.result === !reply.error) throw new Error("an answer needs exactly one of result or error");
    this.release(pendingId);
    await this.deliver(h, reply.error ? { error: reply.error } : { result: reply.result! });
  }

  /**
   * A request the server embedded in an input_required result (2026-07-28 MRTR): held for the
   * person exactly like one it sent, answered by the standing answers the same way; resolves with
   * the answer (the engine sends it back with the retried request).
   */
  holdEmbedded(
    method: string,
    params: Record<string, unknown>,
    seq: number,
    inputRequired: { requestSeq: number; key: string },
  ): Promise<Reply> {
    const standing = standingAnswer(method, params, this.opts.answers());
    if (standing) return Promise.resolve(standing);
    return new Promise((resolve) => this.hold(undefined, method, params, seq, undefined, { embedded: resolve, inputRequired }));
  }

  private deliver(h: Held, reply: Reply): Promise<void> {
    if (h.task) return Promise.resolve(this.settleTask(h.task, reply));
    if (h.embedded) return Promise.resolve(h.embedded(reply));
    return this.reply(h.jsonrpcId!, reply);
  }

  /** The connection ended: stop every timer, forget everything. */
  clear(): void {
    for (const h of this.held.values()) {
      this.opts.clock.clearTimeout(h.timer);
      h.embedded?.({ error: { code: RpcErrorCode.InternalError, message: "the connection ended before this input was given" } });
    }
    this.held.clear();
    for (const t of this.tasks.values()) for (const w of t.waiters.splice(0)) w();
    this.tasks.clear();
    this.opts.changed([]);
  }

  private hold(
    jsonrpcId: JsonRpcId | undefined,
    method: string,
    params: Record<string, unknown>,
    seq: number,
    task?: ClientTask,
    embedded?: { embedded: (r: Reply) => void; inputRequired: { requestSeq: number; key: string } },
  ): void {
    const pendingId = this.opts.nextPendingId();
    const now = Date.now();
    const ms = this.opts.timeoutMs;
    const info: PendingServerRequest = {
      pendingId,
      seq,
      method,
      params,
      receivedAt: now,
      deadline: now + ms,
      ...(task ? { taskId: task.taskId } : {}),
      ...(embedded ? { inputRequired: embedded.inputRequired } : {}),
    };
    const timer = this.opts.clock.setTimeout(() => {
      const h = this.held.get(pendingId);
      if (!h) return;
      this.release(pendingId);
      const error = {
        code: RpcErrorCode.RequestTimeout,
        message: `Request timed out: nobody answered this ${method} request in the inspector within ${Math.round(ms / 1000)} s`,
      };
      void this.deliver(h, { error });
    }, ms);
    this.held.set(pendingId, { info, jsonrpcId, timer, task, embedded: embedded?.embedded });
    this.opts.changed(this.list());
  }

  private release(pendingId: string): void {
    const h = this.held.get(pendingId);
    if (!h) return;
    this.opts.clock.clearTimeout(h.timer);
    this.held.delete(pendingId);
    this.opts.changed(this.list());
  }

  private reply(id: JsonRpcId, body: { result: Record<string, unknown> } | { error: JsonRpcError }): Promise<void> {
    return this.opts.send({ jsonrpc: "2.0", id, ...body } as JSONRPCMessage).catch(() => undefined);
  }

  private createTask(ttl: number | undefined): ClientTask {
    const now = new Date().toISOString();
    const task: ClientTask = {
      taskId: randomUUID(),
      status: "working",
      ttl: ttl ?? null,
      createdAt: now,
      lastUpdatedAt: now,
      statusMessage: "waiting for the person at the inspector",
      waiters: [],
    };
    this.tasks.set(task.taskId, task);
    return task;
  }

  private settleTask(task: ClientTask, outcome: { result: Record<string, unknown> } | { error: JsonRpcError }): void {
    if (task.status === "cancelled") return;
    task.outcome = outcome;
    task.status = "error" in outcome ? "failed" : "completed";
    task.statusMessage = "error" in outcome ? outcome.error.message : undefined;
    task.lastUpdatedAt = new Date().toISOString();
    for (const w of task.waiters.splice(0)) w();
    void this.opts
      .send({ jsonrpc: "2.0", method: "notifications/tasks/status", params: publicTask(task) } as JSONRPCMessage)
      .catch(() => undefined);
  }

  private async answerTaskRequest(id: JsonRpcId, method: string, params: Record<string, unknown>): Promise<void> {
    if (method === "tasks/list") return this.reply(id, { result: { tasks: [...this.tasks.values()].map(publicTask) } });
    const task = this.tasks.get(String(params.taskId));
    if (!task)
      return this.reply(id, {
        error: { code: RpcErrorCode.InvalidParams, message: `Failed to retrieve task: Task not found: ${String(params.taskId)}` },
      });
    if (method === "tasks/get") return this.reply(id, { result: publicTask(task) });
    if (method === "tasks/cancel") {
      if (task.status === "completed" || task.status === "failed" || task.status === "cancelled") {
        return this.reply(id, { error: { code: RpcErrorCode.InvalidParams, message: `Cannot cancel task: already ${task.status}` } });
      }
      task.status = "cancelled";
      task.lastUpdatedAt = new Date().toISOString();
      for (const [pid, h] of this.held) if (h.task === task) this.release(pid);
      for (const w of task.waiters.splice(0)) w();
      return this.reply(id, { result: publicTask(task) });
    }
    // tasks/result waits until the task is done (2025-11-25: it blocks until a terminal status).
    if (!task.outcome && task.status !== "cancelled") await new Promise<void>((r) => task.waiters.push(r));
    if (task.status === "cancelled" || !task.outcome)
      return this.reply(id, { error: { code: RpcErrorCode.InternalError, message: "the task was cancelled" } });
    const meta = { [RELATED_TASK]: { taskId: task.taskId } };
    if ("error" in task.outcome) return this.reply(id, { error: task.outcome.error });
    return this.reply(id, { result: { ...task.outcome.result, _meta: { ...(task.outcome.result._meta as object | undefined), ...meta } } });
  }
}

function publicTask(t: ClientTask): Record<string, unknown> {
  return {
    taskId: t.taskId,
    status: t.status,
    ttl: t.ttl,
    createdAt: t.createdAt,
    lastUpdatedAt: t.lastUpdatedAt,
    pollInterval: 1000,
    ...(t.statusMessage ? { statusMessage: t.statusMessage } : {}),
  };
}
