import path from "node:path";
import type { Engine, ToolCallOptions } from "../engine";
import type { RecordStore } from "../record/store";
import type { SessionState } from "../../lib/session/state";
import { asRecord, isObject } from "../../lib/json/shape";
import { isResultMethod, resultProblem } from "../../lib/protocol/results";
import { withoutEraFields } from "../../lib/protocol/era-fields";
import type { Entry } from "../../lib/record/format";
import type { Target } from "../../lib/target/target";
import { McpHarnessError } from "./errors";
import { requestFailure, rpcFailure } from "./failure";
import { NotificationInbox } from "./inbox";
import { toolResultOf } from "./tool-result";
import { subscriptionOf } from "./subscription";
import { LiveLint } from "./live-lint";
import { listPages } from "./paging";
import { engineOptionsOf } from "./request-options";
import { unknownTool } from "./unknown-tool";
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

/** A wait on a notification without its own time limit. */
const DEFAULT_WAIT_MS = 5_000;

export interface SessionParts {
  engine: Engine;
  record: RecordStore;
  target: Target;
  state: SessionState;
  requestMs: number;
  /** Undo what connect set up beside the engine (the answer loop, an OAuth callback server). */
  release(): void;
  /** The engine is someone else's (the page's, an agent's connection): close() leaves it open. */
  borrowed?: boolean;
}

/**
 * One connection under test, over the engine: every call goes through the engine's one owner of
 * requests (so it is recorded and paired like the page's), every entry through the live lint.
 */
export class HarnessSession implements McpSession {
  readonly negotiated: Negotiated;
  private readonly inbox = new NotificationInbox();
  private readonly unsubscribe: () => void;
  private toolsKnown = false;
  /** The tool names of the last full listing: an error for a name not in it is an unknown tool. */
  private listedTools?: Set<string>;
  /** The server said its tools changed since that listing (notifications/tools/list_changed). */
  private toolsStale = false;
  /** Aborted by close(): waits end with it. */
  private readonly ended = new AbortController();
  private closed?: Promise<void>;

  private readonly lint: LiveLint;

  constructor(private readonly p: SessionParts) {
    this.lint = new LiveLint(p.record);
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
      this.toolsStale = false;
      this.listedTools = new Set(page.items.map((t) => String(asRecord(t).name)));
    }
    return { tools: page.items as Tool[], ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  }

  async callTool(name: string, args: Record<string, unknown> = {}, o: CallToolOptions = {}): Promise<ToolResult> {
    if (!this.toolsKnown) await this.learnToolSchemas();
    const task = o.task ? (o.task === true ? {} : o.task) : undefined;
    const opts: ToolCallOptions = engineOptionsOf(o, this.p.requestMs);
    if (o.meta) opts.meta = o.meta;
    if (task) opts.task = task;
    try {
      const out = await this.p.engine.callTool(name, args, opts);
      if (out.error)
        throw unknownTool(toolCall(name), name, await this.currentTools(), undefined, out.error) ?? rpcFailure(toolCall(name), out.error);
      const result = asRecord(out.result);
      // 2025: { task: { taskId } }; 2026-07-28's tasks extension: the result is the task.
      const taskId = result.resultType === "task" ? result.taskId : asRecord(result.task).taskId;
      if (task && typeof taskId === "string") {
        const final = await this.p.engine.taskResult(taskId);
        return toolResultOf(
          name,
          asRecord(final.result),
          // Awaited: the engine is to load its output validator at the first verdict that needs it (issue 49).
          await this.p.engine.outputVerdict(name, final.result),
          out.durationMs + final.durationMs,
        );
      }
      const shaped = toolResultOf(name, result, out.verdict, out.durationMs);
      const unknown = shaped.isError ? unknownTool(toolCall(name), name, await this.currentTools(), shaped) : undefined;
      if (unknown) throw unknown;
      return shaped;
    } catch (e) {
      throw this.failed(toolCall(name), e);
    } finally {
      await this.lint.ready();
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
      sub = await this.lintedAfter(this.p.engine.subscribe(uri));
    } catch (e) {
      throw this.failed(call, e);
    }
    if (sub.status === "failed") throw new McpHarnessError("rpc_error", call, sub.error ?? "the subscription failed");
    return subscriptionOf(uri, {
      next: (timeout, signal) =>
        this.lintedAfter(
          this.inbox.take(
            `${call}.nextUpdate()`,
            (n) => n.method === "notifications/resources/updated" && n.params.uri === uri,
            timeout ?? DEFAULT_WAIT_MS,
            () => this.inbox.summary(),
            AbortSignal.any([signal, this.ended.signal].filter((s) => s !== undefined)),
          ),
        ),
      count: () => this.inbox.list("notifications/resources/updated").filter((n) => n.params.uri === uri).length,
      end: async () => {
        if (this.p.engine.getState().status !== "connected") return;
        await this.lintedAfter(this.p.engine.unsubscribe(uri)).catch((e: unknown) => {
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
      await this.lintedAfter(this.p.engine.notify(method, params));
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
    return this.lintedAfter(
      this.inbox.take(
        call,
        (n) => n.method === method && predicate(n),
        o.timeout ?? DEFAULT_WAIT_MS,
        () => this.inbox.summary(),
        this.ended.signal,
      ),
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
    return this.lint.findings(o.severity);
  }

  record(): RecordEntry[] {
    return this.p.record.since(0) as RecordEntry[];
  }

  async saveSession(file: string, o: SaveSessionOptions = {}): Promise<string> {
    const abs = path.resolve(file);
    // Loaded here, not with the session: redaction and the file's schemas are 60 KiB a first call never uses (issue 49).
    const { writeSessionFile } = await import("../record/session-file");
    writeSessionFile(abs, { target: this.p.target, state: this.p.engine.getState(), entries: this.p.record.since(0) }, o);
    return abs;
  }

  close(): Promise<void> {
    this.closed ??= (async () => {
      this.unsubscribe();
      this.ended.abort();
      try {
        if (!this.p.borrowed) await this.p.engine.close();
        await this.lint.ready();
      } finally {
        this.p.release();
      }
    })();
    return this.closed;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  /**
   * `p`, settled once the lint has what it needs for every entry so far (./live-lint.ts): a
   * test reads findings() right after a call resolves, and they must all be there.
   */
  private lintedAfter<T>(p: Promise<T>): Promise<T> {
    return p.finally(() => this.lint.ready());
  }

  private see(e: Entry): void {
    if (e.kind === "message" && asRecord(e.message).method === "notifications/tools/list_changed") this.toolsStale = true;
    this.inbox.push(e);
    this.lint.saw(e);
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
      result = (await this.lintedAfter(this.p.engine.request(method, params, engineOptionsOf(o, this.p.requestMs)))).result;
    } catch (e) {
      throw this.failed(call, e);
    }
    const problem = typed && isResultMethod(method) ? resultProblem(method, result) : undefined;
    if (problem) throw new McpHarnessError("invalid_response", call, `the server's answer to ${method} is malformed: ${problem}`);
    // A typed method's result is the same in both eras for a correct server; request() gives it as sent.
    return asRecord(typed ? withoutEraFields(result) : result);
  }

  private async pages(method: string, key: string, call: string, o: RequestOptions & { cursor?: string }) {
    return listPages(call, (cursor) => this.send(call, method, cursor ? { cursor } : undefined, o), key, o.cursor);
  }

  /** The first call lists the tools once (unless a listing already ran), so each result meets its tool's outputSchema. */
  private async learnToolSchemas(): Promise<void> {
    if (this.toolsKnown || !isObject(this.negotiated.serverCapabilities.tools)) return;
    this.toolsKnown = true;
    await this.listTools().catch(() => undefined);
  }

  /**
   * The tool list to judge a failed call by: the one the session holds, listed again when the
   * server said it changed since (a tool added since the listing is no unknown tool). Undefined
   * when no listing is known: then nothing is called unknown.
   */
  private async currentTools(): Promise<ReadonlySet<string> | undefined> {
    if (this.toolsStale && this.listedTools) await this.listTools().catch(() => undefined);
    return this.toolsStale ? undefined : this.listedTools;
  }

  private failed(call: string, e: unknown): McpHarnessError {
    return requestFailure(call, e, () => this.p.engine.getState().error?.stderrTail ?? this.stderr().slice(-10));
  }
}

/** How a tools/call is named in an error: made only when one is raised. */
function toolCall(name: string): string {
  return `callTool(${JSON.stringify(name)})`;
}
