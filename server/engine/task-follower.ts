import type { MessageEntry } from "../../lib/record/format";
import { isNotification } from "../../lib/protocol/jsonrpc";
import type { Clock } from "./clock";
import type { RequestHandle, RequestOptions } from "./requests";
import { RpcError } from "./errors";

const MIN_POLL_MS = 500;
const MAX_POLL_MS = 5000;
const DEFAULT_POLL_MS = 1000;
const TERMINAL = new Set(["completed", "failed", "cancelled"]);

interface Followed {
  taskId: string;
  status: string;
  pollMs: number;
  /** The server sends notifications/tasks/status: no polling needed. */
  notified: boolean;
  timer?: unknown;
  polling: boolean;
  resultAsked: boolean;
  waiters: Array<(entry: MessageEntry) => void>;
  resultEntry?: MessageEntry;
}

export interface TaskFollowerOptions {
  clock: Clock;
  request(method: string, params: Record<string, unknown>, opts?: RequestOptions): RequestHandle;
}

/**
 * Follows the target's tasks as a client should (2025-11-25 tasks; the tasks extension of the
 * 2026-07-28 era keeps the same methods): once per connection, whoever started the task (any tab,
 * the CLI), polls tasks/get at the server's pollInterval unless it notifies status itself, asks
 * tasks/result at once when a task needs input (that is how the server delivers its elicitation or
 * sampling request), and fetches the result for whoever waits on it.
 */
export class TaskFollower {
  private readonly tasks = new Map<string, Followed>();
  private closed = false;

  constructor(private readonly opts: TaskFollowerOptions) {}

  /** Every received frame, as recorded: task creations, statuses, and results. */
  observe(entry: MessageEntry): void {
    if (this.closed || entry.dir !== "server->client") return;
    const m = entry.message as { method?: string; params?: Record<string, unknown>; result?: Record<string, unknown> };
    if (isNotification(entry.message) && m.method === "notifications/tasks/status") return this.update(m.params, true);
    const result = m.result;
    if (!result || !entry.pair) return;
    const task = entry.pair.method === "tasks/get" ? result : (result.task as Record<string, unknown> | undefined);
    if (task && typeof task === "object") this.update(task, false);
  }

  /** Resolves with the tasks/result response entry of a task, asking for it when the task ends. */
  result(taskId: string): Promise<MessageEntry> {
    const t = this.tasks.get(taskId);
    if (!t) return Promise.reject(new Error(`no task ${taskId} is being followed on this connection`));
    if (t.resultEntry) return Promise.resolve(t.resultEntry);
    const p = new Promise<MessageEntry>((resolve) => t.waiters.push(resolve));
    if (TERMINAL.has(t.status)) this.askResult(t);
    return p;
  }

  close(): void {
    this.closed = true;
    for (const t of this.tasks.values()) this.opts.clock.clearTimeout(t.timer);
    this.tasks.clear();
  }

  private update(task: Record<string, unknown> | undefined, notified: boolean): void {
    const taskId = task?.taskId;
    const status = task?.status;
    if (typeof taskId !== "string" || typeof status !== "string") return;
    let t = this.tasks.get(taskId);
    if (!t) {
      const every = typeof task!.pollInterval === "number" ? task!.pollInterval : DEFAULT_POLL_MS;
      t = { taskId, status, pollMs: Math.min(MAX_POLL_MS, Math.max(MIN_POLL_MS, every)), notified, polling: false, resultAsked: false, waiters: [] };
      this.tasks.set(taskId, t);
    }
    t.status = status;
    if (notified) t.notified = true;
    if (status === "input_required" || (TERMINAL.has(status) && t.waiters.length > 0)) this.askResult(t);
    if (TERMINAL.has(status) || t.notified) this.opts.clock.clearTimeout(t.timer);
    else this.schedulePoll(t);
  }

  private schedulePoll(t: Followed): void {
    if (t.polling || this.closed) return;
    t.polling = true;
    t.timer = this.opts.clock.setTimeout(() => {
      if (this.closed || TERMINAL.has(t.status) || t.notified) return void (t.polling = false);
      const handle = this.opts.request("tasks/get", { taskId: t.taskId });
      // The response reaches observe() through the record; a failure just stops the polling.
      handle.outcome.then(
        () => {
          t.polling = false;
          if (!TERMINAL.has(t.status) && !t.notified) this.schedulePoll(t);
        },
        () => void (t.polling = false),
      );
    }, t.pollMs);
  }

  private askResult(t: Followed): void {
    if (t.resultAsked || this.closed) return;
    t.resultAsked = true;
    // tasks/result blocks until the task ends (2025-11-25): no time limit of its own.
    this.opts.request("tasks/result", { taskId: t.taskId }, { timeoutMs: 2_147_483_647 }).outcome.then(
      (s) => this.resultArrived(t, s.response),
      (err: unknown) => {
        // A JSON-RPC error is the task's outcome too (a failed task); anything else may be asked again.
        if (err instanceof RpcError && err.response) this.resultArrived(t, err.response);
        else t.resultAsked = false;
      },
    );
  }

  private resultArrived(t: Followed, entry: MessageEntry): void {
    t.resultEntry = entry;
    for (const w of t.waiters.splice(0)) w(entry);
  }
}
