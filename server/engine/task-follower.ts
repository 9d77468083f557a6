import type { MessageEntry } from "../../lib/record/format";
import { isNotification } from "../../lib/protocol/jsonrpc";
import { asRecord, objectOr } from "../../lib/json/shape";
import type { Clock } from "./clock";
import type { RequestHandle, RequestOptions } from "./requests";
import { RpcError } from "./errors";

const MIN_POLL_MS = 500;
const MAX_POLL_MS = 5000;
const DEFAULT_POLL_MS = 1000;
const TERMINAL = new Set(["completed", "failed", "cancelled"]);

interface Followed {
  taskId: string;
  /** The 2026-07-28 tasks extension: tasks/get carries the outcome, input goes by tasks/update. */
  modern: boolean;
  status: string;
  pollMs: number;
  /** The server sends status notifications: no polling needed. */
  notified: boolean;
  timer?: unknown;
  polling: boolean;
  resultAsked: boolean;
  /** The input_required round being answered (2026-07-28), so one round is asked once. */
  inputRound?: string;
  waiters: Array<(entry: MessageEntry) => void>;
  resultEntry?: MessageEntry;
}

export interface TaskFollowerOptions {
  clock: Clock;
  request(method: string, params: Record<string, unknown>, opts?: RequestOptions): RequestHandle;
  /**
   * 2026-07-28: a task waits on input. Ask the person for the embedded requests; resolves with the
   * `inputResponses` to send by tasks/update, or undefined when they gave none.
   */
  askPerson(
    inputRequests: Record<string, unknown>,
    where: { requestSeq: number; responseSeq: number },
  ): Promise<Record<string, unknown> | undefined>;
}

/**
 * Follows the target's tasks as a client should, once per connection, whoever started them (any
 * tab, the CLI). 2025-11-25: poll tasks/get at the server's pollInterval unless it notifies status,
 * ask tasks/result at once when a task needs input (that is how the server delivers its request)
 * and when someone waits for the outcome. 2026-07-28 (the io.modelcontextprotocol/tasks
 * extension): a `resultType: "task"` result starts it, tasks/get carries the outcome, and a task
 * that needs input gets the person's answers by tasks/update.
 */
export class TaskFollower {
  private readonly tasks = new Map<string, Followed>();
  private closed = false;

  constructor(private readonly opts: TaskFollowerOptions) {}

  /** Every received frame, as recorded: task creations, statuses, and results. */
  observe(entry: MessageEntry): void {
    if (this.closed || entry.dir !== "server->client") return;
    const m = asRecord(entry.message);
    if (isNotification(entry.message)) {
      if (m.method === "notifications/tasks/status" || m.method === "notifications/tasks") this.update(objectOr(m.params), entry, true);
      return;
    }
    const result = objectOr(m.result);
    if (!result || !entry.pair) return;
    if (result.resultType === "task" || entry.pair.method === "tasks/get") return this.update(result, entry, false);
    const task = objectOr(result.task);
    if (task) this.update(task, entry, false);
  }

  /**
   * Resolves with the entry that carries a task's outcome: the tasks/result response (2025), or the
   * tasks/get response of the finished task (2026-07-28), asking for it when the task ends.
   */
  result(taskId: string): Promise<{ entry: MessageEntry; modern: boolean }> {
    const t = this.tasks.get(taskId);
    if (!t) return Promise.reject(new Error(`no task ${taskId} is being followed on this connection`));
    const done = (entry: MessageEntry) => ({ entry, modern: t.modern });
    if (t.resultEntry) return Promise.resolve(done(t.resultEntry));
    const p = new Promise<MessageEntry>((resolve) => t.waiters.push(resolve)).then(done);
    if (TERMINAL.has(t.status) && !t.modern) this.askResult(t);
    if (TERMINAL.has(t.status) && t.modern) this.poll(t);
    return p;
  }

  close(): void {
    this.closed = true;
    for (const t of this.tasks.values()) this.opts.clock.clearTimeout(t.timer);
    this.tasks.clear();
  }

  private update(task: Record<string, unknown> | undefined, entry: MessageEntry, notified: boolean): void {
    const taskId = task?.taskId;
    const status = task?.status;
    if (typeof taskId !== "string" || typeof status !== "string") return;
    let t = this.tasks.get(taskId);
    if (!t) {
      const modern = task!.resultType === "task" || "pollIntervalMs" in task! || "ttlMs" in task!;
      const every = Number(task!.pollIntervalMs ?? task!.pollInterval ?? DEFAULT_POLL_MS) || DEFAULT_POLL_MS;
      t = {
        taskId,
        modern,
        status,
        pollMs: Math.min(MAX_POLL_MS, Math.max(MIN_POLL_MS, every)),
        notified,
        polling: false,
        resultAsked: false,
        waiters: [],
      };
      this.tasks.set(taskId, t);
    }
    t.status = status;
    if (notified) t.notified = true;
    if (t.modern) return this.updateModern(t, task!, entry);
    if (status === "input_required" || (TERMINAL.has(status) && t.waiters.length > 0)) this.askResult(t);
    if (TERMINAL.has(status) || t.notified) this.opts.clock.clearTimeout(t.timer);
    else this.schedulePoll(t);
  }

  private updateModern(t: Followed, task: Record<string, unknown>, entry: MessageEntry): void {
    const fromGet = entry.pair?.method === "tasks/get";
    if (TERMINAL.has(t.status)) {
      this.opts.clock.clearTimeout(t.timer);
      // The outcome travels in tasks/get; a notification or the creation only says it is there.
      if (fromGet) this.resultArrived(t, entry);
      else if (t.waiters.length) this.poll(t);
      return;
    }
    const inputRequests = task.inputRequests;
    if (t.status === "input_required" && inputRequests && typeof inputRequests === "object" && fromGet)
      this.answerInput(t, inputRequests as Record<string, unknown>, entry);
    this.schedulePoll(t);
  }

  private answerInput(t: Followed, inputRequests: Record<string, unknown>, entry: MessageEntry): void {
    const round = JSON.stringify(Object.keys(inputRequests).sort());
    if (t.inputRound === round) return;
    t.inputRound = round;
    void this.opts.askPerson(inputRequests, { requestSeq: entry.pair!.seq, responseSeq: entry.seq }).then((inputResponses) => {
      if (inputResponses && !this.closed)
        this.opts.request("tasks/update", { taskId: t.taskId, inputResponses }).outcome.catch(() => undefined);
    });
  }

  private schedulePoll(t: Followed): void {
    if (t.polling || this.closed || t.notified) return;
    t.polling = true;
    t.timer = this.opts.clock.setTimeout(() => {
      t.polling = false;
      if (this.closed || TERMINAL.has(t.status) || t.notified) return;
      this.poll(t);
    }, t.pollMs);
  }

  /** One tasks/get; its response reaches observe() through the record, which polls again if needed. */
  private poll(t: Followed): void {
    this.opts.request("tasks/get", { taskId: t.taskId }).outcome.catch(() => undefined);
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
