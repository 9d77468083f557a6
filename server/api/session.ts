import path from "node:path";
import type { Engine, RequestOptions as EngineRequestOptions } from "../engine";
import type { RecordStore } from "../record/store";
import type { SessionState } from "../../lib/session/state";
import { asRecord, isObject } from "../../lib/json/shape";
import { isResultMethod, resultProblem } from "../../lib/protocol/results";
import { Linter, type Finding as LintFinding } from "../../lib/lint";
import type { Target } from "../../lib/target/target";
import { McpHarnessError } from "./errors";
import { requestFailure, rpcFailure } from "./failure";
import { NotificationInbox } from "./inbox";
import { toolResultOf } from "./tool-result";
import { subscriptionOf } from "./subscription";
import { writeSessionFile } from "./save";
import type {
  CallToolOptions,
  CompleteResult,
  GetPromptResult,
  Prompt,
  ReadResourceResult,
  Resource,
  ResourceTemplate,
  Tool,
  Finding,
  LogMessage,
  McpSession,
  Negotiated,
  Notification,
  RecordEntry,
  RequestOptions,
  ResourceSubscription,
  Root,
  SaveSessionOptions,
  Severity,
  ToolResult,
} from "./types";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** A wait on a notification without its own time limit. */
const DEFAULT_WAIT_MS = 5_000;
const MAX_PAGES = 100;
const LINT_BATCH = 5_000;

export interface SessionParts {
  engine: Engine;
  record: RecordStore;
  target: Target;
  state: SessionState;
  requestMs: number;
  /** Undo what connect set up beside the engine (the answer loop, an OAuth callback server). */
  release(): void;
}

/**
 * One connection under test, over the engine: every call goes through the engine's one owner of
 * requests (so it is recorded and paired like the page's), every entry through the live lint.
 */
export class HarnessSession implements McpSession {
  readonly negotiated: Negotiated;
  private readonly inbox = new NotificationInbox();
  private readonly linter = new Linter();
  /** The lint runs when findings are asked for (or every LINT_BATCH entries): it cost each call more than the call itself. */
  private linted = 0;
  private unlinted = 0;
  private readonly unsubscribe: () => void;
  private toolsKnown = false;
  /** The tool names of the last full listing: an error for a name not in it is an unknown tool. */
  private listedTools?: Set<string>;
  /** Aborted by close(): waits end with it. */
  private readonly ended = new AbortController();
  private closed?: Promise<void>;

  constructor(private readonly p: SessionParts) {
    const n = p.state.negotiated!;
    const info = asRecord(n.serverInfo);
    this.negotiated = {
      era: n.era,
      protocolVersion: n.protocolVersion,
      serverInfo: { ...info, name: String(info.name ?? ""), version: String(info.version ?? "") },
      serverCapabilities: n.serverCapabilities,
      clientCapabilities: n.clientCapabilities,
      ...(n.instructions !== undefined ? { instructions: n.instructions } : {}),
    };
    for (const e of p.record.since(0)) this.see(e);
    this.unsubscribe = p.record.subscribe((e) => this.see(e));
  }

  get serverInfo(): Negotiated["serverInfo"] {
    return this.negotiated.serverInfo;
  }

  async listTools(o: RequestOptions & { cursor?: string } = {}) {
    const page = await this.pages("tools/list", "tools", `listTools()`, o);
    if (o.cursor === undefined) {
      this.toolsKnown = true;
      this.listedTools = new Set(page.items.map((t) => String(asRecord(t).name)));
    }
    return { tools: page.items as Tool[], ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  }

  async callTool(name: string, args: Record<string, unknown> = {}, o: CallToolOptions = {}): Promise<ToolResult> {
    const call = `callTool(${JSON.stringify(name)})`;
    await this.learnToolSchemas();
    const task = o.task ? (o.task === true ? {} : o.task) : undefined;
    try {
      const out = await this.p.engine.callTool(name, args, {
        ...this.engineOptions(o),
        ...(o.meta ? { meta: o.meta } : {}),
        ...(task ? { task } : {}),
      });
      if (out.error) {
        this.refuseUnknownTool(call, name);
        throw rpcFailure(call, out.error);
      }
      const result = asRecord(out.result);
      // 2025: { task: { taskId } }; 2026-07-28's tasks extension: the result is the task.
      const taskId = result.resultType === "task" ? result.taskId : asRecord(result.task).taskId;
      if (task && typeof taskId === "string") {
        const final = await this.p.engine.taskResult(taskId);
        return toolResultOf(
          name,
          asRecord(final.result),
          this.p.engine.outputVerdict(name, final.result),
          out.durationMs + final.durationMs,
        );
      }
      const shaped = toolResultOf(name, result, out.verdict, out.durationMs);
      if (shaped.isError) this.refuseUnknownTool(call, name, shaped);
      return shaped;
    } catch (e) {
      throw this.failed(call, e);
    }
  }

  async listResources(o: RequestOptions & { cursor?: string } = {}) {
    const page = await this.pages("resources/list", "resources", "listResources()", o);
    return { resources: page.items as Resource[], ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  }

  async listResourceTemplates(o: RequestOptions & { cursor?: string } = {}) {
    const page = await this.pages("resources/templates/list", "resourceTemplates", "listResourceTemplates()", o);
    return { resourceTemplates: page.items as ResourceTemplate[], ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  }

  async readResource(uri: string, o: RequestOptions = {}) {
    return (await this.send(`readResource(${JSON.stringify(uri)})`, "resources/read", { uri }, o)) as ReadResourceResult;
  }

  async subscribe(uri: string): Promise<ResourceSubscription> {
    const call = `subscribe(${JSON.stringify(uri)})`;
    let sub;
    try {
      sub = await this.p.engine.subscribe(uri);
    } catch (e) {
      throw this.failed(call, e);
    }
    if (sub.status === "failed") throw new McpHarnessError("rpc_error", call, sub.error ?? "the subscription failed");
    return subscriptionOf(uri, {
      next: (timeout, signal) =>
        this.inbox.take(
          `${call}.nextUpdate()`,
          (n) => n.method === "notifications/resources/updated" && n.params.uri === uri,
          timeout ?? DEFAULT_WAIT_MS,
          () => this.inbox.summary(),
          AbortSignal.any([signal, this.ended.signal].filter((s) => s !== undefined)),
        ),
      count: () => this.inbox.list("notifications/resources/updated").filter((n) => n.params.uri === uri).length,
      end: async () => {
        if (this.p.engine.getState().status !== "connected") return;
        await this.p.engine.unsubscribe(uri).catch((e: unknown) => {
          throw this.failed(`${call}.unsubscribe()`, e);
        });
      },
    });
  }

  async listPrompts(o: RequestOptions & { cursor?: string } = {}) {
    const page = await this.pages("prompts/list", "prompts", "listPrompts()", o);
    return { prompts: page.items as Prompt[], ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  }

  async getPrompt(name: string, args: Record<string, string> = {}, o: RequestOptions = {}) {
    return (await this.send(`getPrompt(${JSON.stringify(name)})`, "prompts/get", { name, arguments: args }, o)) as GetPromptResult;
  }

  async complete(
    ref: { type: "ref/prompt"; name: string } | { type: "ref/resource"; uri: string },
    argument: { name: string; value: string },
    context?: { arguments?: Record<string, string> },
  ) {
    const r = await this.send("complete()", "completion/complete", { ref, argument, ...(context ? { context } : {}) }, {});
    return r.completion as CompleteResult;
  }

  async setLogLevel(level: string): Promise<void> {
    await this.send(`setLogLevel(${JSON.stringify(level)})`, "logging/setLevel", { level }, {});
  }

  async ping(): Promise<void> {
    await this.send("ping()", "ping", undefined, {});
  }

  request(method: string, params?: Record<string, unknown>, o: RequestOptions = {}): Promise<Record<string, unknown>> {
    return this.send(`request(${JSON.stringify(method)})`, method, params, o, false);
  }

  async notify(method: string, params?: Record<string, unknown>): Promise<void> {
    try {
      await this.p.engine.notify(method, params);
    } catch (e) {
      throw this.failed(`notify(${JSON.stringify(method)})`, e);
    }
  }

  async setRoots(roots: Root[]): Promise<void> {
    this.p.engine.setAnswers({ roots });
  }

  waitForNotification(
    method: string,
    predicate: (n: Notification) => boolean = () => true,
    o: { timeout?: number } = {},
  ): Promise<Notification> {
    const call = `waitForNotification(${JSON.stringify(method)})`;
    return this.inbox.take(
      call,
      (n) => n.method === method && predicate(n),
      o.timeout ?? DEFAULT_WAIT_MS,
      () => this.inbox.summary(),
      this.ended.signal,
    );
  }

  notifications(method?: string): Notification[] {
    return this.inbox.list(method);
  }

  logs(): LogMessage[] {
    return this.inbox.list("notifications/message").map(({ params }) => ({
      level: String(params.level),
      ...(typeof params.logger === "string" ? { logger: params.logger } : {}),
      data: params.data,
    }));
  }

  stderr(): string[] {
    return this.p.record.since(0).flatMap((e) => (e.kind === "stderr" ? [e.text] : []));
  }

  findings(o: { severity?: Severity } = {}): Finding[] {
    this.lint();
    const worst = RANK[o.severity ?? "info"];
    return this.linter.findings().filter((f: LintFinding) => RANK[f.severity] <= worst);
  }

  record(): RecordEntry[] {
    return this.p.record.since(0) as RecordEntry[];
  }

  async saveSession(file: string, o: SaveSessionOptions = {}): Promise<string> {
    const abs = path.resolve(file);
    writeSessionFile(abs, { target: this.p.target, state: this.p.engine.getState(), entries: this.p.record.since(0) }, o);
    return abs;
  }

  close(): Promise<void> {
    this.closed ??= (async () => {
      this.unsubscribe();
      this.ended.abort();
      try {
        await this.p.engine.close();
      } finally {
        this.p.release();
      }
    })();
    return this.closed;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  private see(e: Parameters<Linter["push"]>[0]): void {
    this.inbox.push(e);
    // Caught up long before the record's memory bound could evict an entry the lint has not seen.
    if (++this.unlinted >= LINT_BATCH) this.lint();
  }

  /** The live lint, caught up with the record (the same findings as linting each entry as it came). */
  private lint(): void {
    for (const e of this.p.record.since(this.linted)) {
      this.linter.push(e);
      this.linted = e.seq;
    }
    this.unlinted = 0;
  }

  /**
   * One request; its result as sent. A typed method's result is checked against the SDK's schema
   * for it first: the session never hands a test a shape the server did not send (`request()`
   * gives anything on as it came).
   */
  private async send(
    call: string,
    method: string,
    params: Record<string, unknown> | undefined,
    o: RequestOptions,
    typed = true,
  ): Promise<Record<string, unknown>> {
    let result: unknown;
    try {
      result = (await this.p.engine.request(method, params, this.engineOptions(o))).result;
    } catch (e) {
      throw this.failed(call, e);
    }
    const problem = typed && isResultMethod(method) ? resultProblem(method, result) : undefined;
    if (problem) throw new McpHarnessError("invalid_response", call, `the server's answer to ${method} is malformed: ${problem}`);
    return asRecord(result);
  }

  /** One page when a cursor is given; otherwise every page (to a repeated cursor or a cap). */
  private async pages(method: string, key: string, call: string, o: RequestOptions & { cursor?: string }) {
    const items: unknown[] = [];
    const seen = new Set<string>();
    let cursor = o.cursor;
    for (let n = 1; ; n++) {
      const r = await this.send(call, method, cursor ? { cursor } : undefined, o);
      if (Array.isArray(r[key])) items.push(...(r[key] as unknown[]));
      const next = typeof r.nextCursor === "string" && r.nextCursor !== "" ? r.nextCursor : undefined;
      if (o.cursor !== undefined) return { items, nextCursor: next };
      if (!next || seen.has(next) || n >= MAX_PAGES) return { items };
      seen.add(next);
      cursor = next;
    }
  }

  /** The first call lists the tools once (unless a listing already ran), so each result meets its tool's outputSchema. */
  private async learnToolSchemas(): Promise<void> {
    if (this.toolsKnown || !isObject(this.negotiated.serverCapabilities.tools)) return;
    this.toolsKnown = true;
    await this.listTools().catch(() => undefined);
  }

  /**
   * A call that failed for a tool the server never listed is an unknown tool, whichever way the
   * server said it (a JSON-RPC error, or an isError result as the SDK's McpServer answers).
   */
  private refuseUnknownTool(call: string, name: string, result?: ToolResult): void {
    if (!this.listedTools || this.listedTools.has(name)) return;
    const said = result?.content.find((c) => c.type === "text")?.text;
    const known = [...this.listedTools].slice(0, 20).join(", ");
    throw new McpHarnessError(
      "tool_not_found",
      call,
      `the server has no tool ${JSON.stringify(name)}${said ? ` (it said: ${said})` : ""}; it lists: ${known || "no tools"}`,
    );
  }

  private engineOptions(o: RequestOptions): EngineRequestOptions {
    return {
      timeoutMs: o.timeout ?? this.p.requestMs,
      ...(o.signal ? { signal: o.signal } : {}),
      ...(o.onProgress
        ? {
            progress: true,
            onProgress: (params: Record<string, unknown>) =>
              o.onProgress!({
                progress: Number(params.progress),
                ...(typeof params.total === "number" ? { total: params.total } : {}),
                ...(typeof params.message === "string" ? { message: params.message } : {}),
              }),
          }
        : {}),
    };
  }

  private failed(call: string, e: unknown): McpHarnessError {
    return requestFailure(call, e, () => this.p.engine.getState().error?.stderrTail ?? this.stderr().slice(-10));
  }
}
