import { engineOtel, type EngineOtel } from "../otel/hook";
import type { Entry, NewEntry } from "../../lib/record/format";
import type { ConnectError, ResourceSubscription, SessionState } from "../../lib/session/state";
import {
  ConnectSpecSchema,
  clientCapabilitiesObject,
  describeTarget,
  modernClientCapabilities,
  type ConnectSpec,
  type ConnectSpecInput,
} from "../../lib/target/target";
import type { JsonRpcError, RequestOutcome, ToolCallOutcome } from "../../lib/wire/protocol";
import type { SchemaValidator } from "../../lib/protocol/output-verdict";
import type { OutputVerdict } from "../../lib/protocol/output-verdict-schema";
import { asRecord, objectOr } from "../../lib/json/shape";
import { DEFAULT_ANSWERS, applyAnswersPatch, type StandingAnswers, type StandingAnswersPatch } from "../../lib/answers/schema";
import { classifyConnectError } from "./connect-error";
import { loadOutputValidator } from "./output-validator";
import { Authorization } from "./authorization";
import { realClock, type Clock } from "./clock";
import { Connection } from "./connection";
import { EngineError, RpcError } from "./errors";
import { FaultError, type FaultName } from "./faults";
import { answeredVersion, discoverResult, negotiatedOf } from "./handshake-facts";
import type { RequestHandle, RequestOptions, Settled } from "./requests";
import { answerLocally, notOnModernWire, settleRounds, type RoundHooks } from "./rounds";
import { MAX_ATTEMPTS, retryDelay } from "./reconnect";
import { openTransport, type TransportFactory } from "./transports";
import type { EarlyTarget } from "./spawn-target";

/**
 * Where the engine writes what it sees: append-only, each entry as given (a response already
 * carries its request's `pair`: the connection pairs). The record store implements it; tests may fake it.
 */
export interface RecordSink {
  append(entry: NewEntry): Entry;
}

export interface EngineOptions {
  /** How targets are reached; tests hand the engine an in-memory pair. */
  transports?: TransportFactory;
  /** Time limits run on this clock; tests use a fake one instead of sleeping. */
  clock?: Clock;
  /**
   * 2026-07-28: keep a subscriptions/listen open for the list_changed the server declares
   * (server/engine/subscription-list-changed.ts), as the page needs to refresh its lists. Off
   * by default: a one-shot run needs none, and replay would send a recorded listen again.
   */
  listChangedListen?: boolean;
  /**
   * How many recent outcomes to keep for `outcomeOf` (default 256): the page asks for one when its
   * socket dropped before a reply. A caller that never asks (a load run, the test library, a
   * collection run) passes 0: each kept outcome holds its result long enough to be promoted to
   * V8's old space, and a load run's GC was a quarter of its CPU (bench figure 7, profiled).
   */
  outcomesKept?: number;
}

export type { RequestOptions } from "./requests";
export type { RequestOutcome } from "../../lib/wire/outcomes";

/** A request in flight, as callers hold it: where it was recorded, its progress token, and its outcome. */
/** A tools/call's options: a request's, with the call's own `_meta` and a task to run it as. */
export type ToolCallOptions = RequestOptions & { meta?: Record<string, unknown>; task?: { ttl?: number } };

export interface SentRequest<T> {
  requestSeq: number;
  progressToken?: number;
  outcome: Promise<T>;
}

export type StateListener = (state: SessionState) => void;
/** A request ended by a fault below MCP: which fault, the request's method, the words. */
export type FaultListener = (fault: { fault: FaultName; method: string; message: string }) => void;

/** Outcomes kept for callers who lost their reply (a page whose socket dropped), newest last. */
const OUTCOMES_KEPT = 256;

/**
 * The one module that owns the MCP SDK: it connects to one target at a time in the era the
 * person chose (the SDK's v2 client opens the session), records every frame, sends every request
 * itself through one owner (ids, time limits, cancellation, the response), answers the server's
 * requests through the person, follows tasks and fulfils `input_required` rounds.
 */
/** tools/list pages read before a call to learn one tool's schema (a server that pages forever is cut off here). */
const TOOL_PAGES_MAX = 50;

export class Engine {
  private state: SessionState = { status: "idle", generation: 0, pending: [], answers: DEFAULT_ANSWERS };
  /** Standing answers outlive connections: they are the person's settings for the session. */
  private answers: StandingAnswers = DEFAULT_ANSWERS;
  private conn?: Connection;
  private lastSpec?: ConnectSpec;
  private readonly listeners = new Set<StateListener>();
  private readonly faultListeners = new Set<FaultListener>();
  /**
   * Output verdicts (Ajv, and RE2 for patterns) load at the first result that needs one: a tool
   * with an outputSchema. A session that never meets one never loads them (issue 49).
   */
  private validator?: SchemaValidator;
  private validatorLoad?: Promise<SchemaValidator>;
  private readonly transports: TransportFactory;
  readonly clock: Clock;
  private readonly listChangedListen: boolean;
  private readonly outcomesKept: number;
  private pendingCounter = 0;
  /** Bumped by every connect and disconnect the caller asks for: a reconnect loop of an older one stops. */
  private retries = 0;
  private readonly outcomes = new Map<number, Promise<RequestOutcome | ToolCallOutcome>>();
  /** MCP authorization of HTTP targets: its tokens outlive connections, like the standing answers. */
  readonly authorization = new Authorization({ record: (e) => this.record.append(e), changed: () => this.setState(this.state) });
  /** Processes this engine has started, ever: lets a test assert that opening a recording ran nothing. */
  spawnCount = 0;

  private readonly record: RecordSink;
  /** OpenTelemetry export (server/otel), present only when an OTEL_* endpoint is set. */
  private readonly otel: EngineOtel | undefined;

  constructor(
    record: RecordSink,
    private readonly clientInfo: { name: string; version: string },
    options: EngineOptions = {},
  ) {
    this.otel = engineOtel();
    this.record = this.otel ? this.otel.wrap(record) : record;
    this.transports = options.transports ?? openTransport;
    this.clock = options.clock ?? realClock;
    this.listChangedListen = options.listChangedListen === true;
    this.outcomesKept = options.outcomesKept ?? OUTCOMES_KEPT;
  }

  getState(): SessionState {
    return this.state;
  }

  /** Change the standing answers (the parts given); held requests they now cover are answered at once. */
  setAnswers(patch: StandingAnswersPatch): SessionState {
    this.answers = applyAnswersPatch(this.answers, patch);
    this.setState(this.state);
    this.conn?.held.answersChanged(this.state.status === "connected");
    return this.state;
  }

  /**
   * Tell `listener` of each request ended by a fault below MCP (a reset, a close, an HTTP status, a
   * stalled stream, unread stdin, the server's death), as it ends: the headless commands say it on
   * stderr at once, whatever their report says later. Returns the way to stop.
   */
  onFault(listener: FaultListener): () => void {
    this.faultListeners.add(listener);
    return () => this.faultListeners.delete(listener);
  }

  private faulted(err: FaultError, method: string): void {
    for (const l of this.faultListeners) l({ fault: err.fault, method, message: err.message });
  }

  onState(listener: StateListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Connect to a target, replacing any current connection. Resolves with the new state; a
   * failed connection resolves too (status "failed" with the error in words). Throws only for
   * a spec that does not parse.
   */
  async connect(input: ConnectSpecInput, opts: { early?: EarlyTarget } = {}): Promise<SessionState> {
    try {
      const spec = ConnectSpecSchema.parse(input);
      this.retries++;
      return await this.open(spec, false, opts.early);
    } finally {
      // Adopted by now if it was this target; one that was not (a spec that did not parse,
      // another target) goes.
      opts.early?.discard();
    }
  }

  /**
   * `early`: the target the launcher started while the engine loaded; the stdio transport adopts
   * it when it is this spec's launch (connect kills it otherwise).
   */
  private async open(spec: ConnectSpec, retrying = false, early?: EarlyTarget): Promise<SessionState> {
    if (this.conn) await this.close1();
    this.lastSpec = spec;
    const generation = this.state.generation + 1;
    this.setState({
      status: "connecting",
      generation,
      target: spec.target,
      capabilities: spec.capabilities,
      protocolEra: spec.protocolEra,
      pending: [],
    });
    this.record.append({
      kind: "lifecycle",
      event: "connecting",
      text: `connecting to ${describeTarget(spec.target)}`,
      target: describeTarget(spec.target),
    });

    const oauth = spec.target.transport === "stdio" ? undefined : await this.authorization.sessionFor(spec);
    const clientCapabilities = { legacy: clientCapabilitiesObject(spec.capabilities), modern: modernClientCapabilities(spec.capabilities) };
    const conn = new Connection({
      spec,
      generation,
      clock: this.clock,
      transports: this.transports,
      clientInfo: this.clientInfo,
      clientCapabilities,
      oauth,
      traceMeta: this.otel?.traceMeta,
      append: (e) => this.record.append(e),
      answers: () => this.answers,
      nextPendingId: () => `p${++this.pendingCounter}`,
      pendingChanged: (pending) => {
        if (this.conn === conn) this.setState({ ...this.state, pending });
      },
      trouble: () => void this.checkTarget(conn),
      faulted: (err, method) => this.faulted(err, method),
      retrying,
      early,
      spawned: (pid) => {
        this.spawnCount++;
        this.record.append({ kind: "lifecycle", event: "spawned", text: `spawned pid ${pid}`, pid });
        if (this.conn === conn) this.setState({ ...this.state, pid });
      },
    });
    this.conn = conn;
    conn.subscriptions.onChange(() => void (this.conn === conn && this.setState(this.state)));

    try {
      await conn.openSession((text) => this.record.append({ kind: "lifecycle", event: "note", text }));
    } catch (err) {
      // Let a dying process finish reporting its exit and stderr before describing it.
      await conn.opened.settled(500);
      const error =
        this.authorization.explain(err, oauth, spec.target.transport === "stdio" ? "" : spec.target.url) ??
        classifyConnectError(
          err,
          spec.target,
          conn.exitInfo(),
          [...conn.stderrTail],
          conn.stdoutNoise,
          answeredVersion(conn),
          discoverResult(conn),
        );
      // A login still waiting: once the person is back, connect again by itself.
      if (oauth?.status().pendingUrl)
        void oauth.authorize().then(
          () => this.reconnectAfterLogin(spec),
          () => undefined,
        );
      await conn.abandon();
      this.record.append({ kind: "lifecycle", event: "connect-failed", text: error.message });
      if (this.conn === conn) {
        this.conn = undefined;
        this.setState({
          status: "failed",
          generation,
          target: spec.target,
          capabilities: spec.capabilities,
          protocolEra: spec.protocolEra,
          error,
          pending: [],
        });
      }
      return this.state;
    }
    if (this.conn !== conn) return this.state;

    conn.onClose(() => this.onClosed(conn));
    if (conn.exitInfo()) {
      this.onClosed(conn);
      return this.state;
    }
    this.setState({
      ...this.state,
      status: "connected",
      retry: undefined,
      error: undefined,
      negotiated: negotiatedOf(conn, clientCapabilities[conn.era ?? "legacy"]),
    });
    this.record.append({
      kind: "lifecycle",
      event: "connected",
      text: `connected: protocol ${conn.protocolVersion}${conn.era === "modern" ? " (server/discover)" : ""}`,
      target: describeTarget(spec.target),
    });
    if (this.listChangedListen) conn.subscriptions.listenForListChanges(this.state.negotiated?.serverCapabilities);
    return this.state;
  }

  /** Disconnect on purpose: the target is closed (a stdio target's process group is ended). */
  async disconnect(): Promise<void> {
    this.retries++;
    if (this.state.status === "reconnecting") this.setState({ ...this.state, status: "disconnected", retry: undefined });
    await this.close1();
  }

  private async close1(): Promise<void> {
    const conn = this.conn;
    if (!conn) return;
    await conn.close();
    this.onClosed(conn);
  }

  /** Drop the OAuth tokens held for the current HTTP target; the next 401 runs the flow again. */
  forgetAuthorization(): SessionState {
    this.authorization.forget();
    return this.state;
  }

  /** Connect again with the last spec. */
  async restart(): Promise<SessionState> {
    if (!this.lastSpec) throw new Error("nothing to restart: no connection has been made yet");
    return this.connect(this.lastSpec);
  }

  /**
   * An HTTP target may be gone (a transport error, a frame that could not be sent): ask it. If it
   * does not answer, or no longer knows the session, the connection is lost: say so at once and
   * reconnect by itself with backoff until it is back (a new session), or the person says otherwise.
   */
  private async checkTarget(conn: Connection): Promise<void> {
    if (this.conn !== conn || this.state.status !== "connected") return;
    const lost = await conn.checkAlive();
    if (!lost || this.conn !== conn) return;
    conn.lose(lost.message);
    await this.close1();
    void this.reconnect(conn.spec, lost, this.retries);
  }

  private async reconnect(spec: ConnectSpec, why: ConnectError, token: number): Promise<void> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const wait = retryDelay(attempt);
      this.setState({ ...this.state, status: "reconnecting", error: why, retry: { attempt, at: Date.now() + wait }, pending: [] });
      await new Promise<void>((r) => this.clock.setTimeout(r, wait));
      if (this.retries !== token) return;
      const state = await this.open(spec, true);
      if (this.retries !== token) return;
      if (state.status === "connected") {
        const session = this.conn?.opened.transport.sessionId;
        this.record.append({
          kind: "lifecycle",
          event: "note",
          text: `reconnected after ${attempt} attempt${attempt === 1 ? "" : "s"}: a new session${session ? ` (Mcp-Session-Id ${session})` : ""}; requests of the old one are not resent`,
        });
        return;
      }
      why = state.error ?? why;
    }
    this.setState({ ...this.state, status: "failed", retry: undefined });
    this.record.append({
      kind: "lifecycle",
      event: "connect-failed",
      text: `gave up reconnecting after ${MAX_ATTEMPTS} attempts: ${why.message}`,
    });
  }

  /**
   * Send any request as is. The handle says at once where the request was recorded; its outcome
   * is the raw result (after any `input_required` rounds, each answered through the person), and
   * a JSON-RPC error rejects as RpcError.
   */
  send(method: string, params: Record<string, unknown> | undefined, opts: RequestOptions = {}): SentRequest<RequestOutcome> {
    const conn = this.requireConnected();
    if (conn.era === "modern" && notOnModernWire(method))
      return this.keep(...answerLocally(conn, method, params, (e) => this.record.append(e)));
    const [first, settled, t0] = this.startRounds(conn, method, params, opts);
    const outcome = settled.then((s): RequestOutcome => ({
      result: asRecord(s.response.message).result,
      requestSeq: first.requestSeq,
      responseSeq: s.response.seq,
      durationMs: this.clock.now() - t0,
    }));
    return this.keep(first, outcome);
  }

  /**
   * A request and its rounds (the last round's response), not yet kept: send() and sendToolCall
   * each shape and keep their own outcome from it, in one step.
   */
  private startRounds(
    conn: Connection,
    method: string,
    params: Record<string, unknown> | undefined,
    opts: RequestOptions,
  ): [RequestHandle, Promise<Settled>, number] {
    const first = conn.requests.start(method, params, conn.spec.timeouts.requestMs, opts);
    return [first, settleRounds(conn, { method, params, opts, first }, this.roundHooks), this.clock.now()];
  }

  /** What a request's later rounds ask of the engine (made once: most requests have one round). */
  private readonly roundHooks: RoundHooks = {
    relist: () => this.request("tools/list", undefined),
    current: (conn) => this.conn === conn,
    explain: (conn, err, method) => this.explainFailure(conn, err, method),
  };

  /** send(), awaited: the outcome of one request. */
  request(method: string, params: Record<string, unknown> | undefined, opts: RequestOptions = {}): Promise<RequestOutcome> {
    try {
      return this.send(method, params, opts).outcome;
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /**
   * tools/call as a raw request (the SDK's callTool throws on a result that breaks the
   * outputSchema): the result is returned as sent, with the verdict beside it; the target's
   * JSON-RPC error is an outcome too, not a failure.
   */
  sendToolCall(name: string, args: Record<string, unknown>, opts: ToolCallOptions = {}): SentRequest<ToolCallOutcome> {
    const conn = this.requireConnected();
    const params: Record<string, unknown> = { name, arguments: args };
    if (opts.meta) params._meta = opts.meta;
    if (opts.task) params.task = opts.task;
    // tools/call is on every era's wire (never answered locally): its rounds are kept once, below.
    const [first, settled, t0] = this.startRounds(conn, "tools/call", params, { progress: true, ...opts });
    const outcome = settled.then(
      (s): ToolCallOutcome | Promise<ToolCallOutcome> => {
        const result = asRecord(s.response.message).result;
        // A task-augmented call answers with a CreateTaskResult; the tool's output comes later.
        const outputSchema = opts.task ? undefined : conn.tools.get(name)?.outputSchema;
        const durationMs = this.clock.now() - t0;
        const made = (verdict: OutputVerdict | null): ToolCallOutcome => ({
          result,
          verdict,
          durationMs,
          requestSeq: first.requestSeq,
          responseSeq: s.response.seq,
        });
        if (!outputSchema) return made(null);
        if (this.validator) return made(this.validator.verdictFor(outputSchema, result));
        return this.loadValidator().then((v) => made(v.verdictFor(outputSchema, result)));
      },
      (err: unknown): ToolCallOutcome => {
        if (err instanceof RpcError)
          return {
            error: err.rpc,
            verdict: null,
            durationMs: this.clock.now() - t0,
            requestSeq: first.requestSeq,
            responseSeq: err.response?.seq,
          };
        throw err;
      },
    );
    return this.keep(first, outcome);
  }

  /**
   * sendToolCall, awaited. In the 2026-07-28 era over HTTP a tool never listed is listed first:
   * its `x-mcp-header` declarations decide the call's Mcp-Param-* headers (SEP-2243), and a tool
   * whose declarations are invalid is excluded (the spec's MUST), not called.
   */
  callTool(name: string, args: Record<string, unknown>, opts: ToolCallOptions = {}): Promise<ToolCallOutcome> {
    // Not an async function: returning the call's own promise saves the ticks an async function
    // spends adopting it (bench figure 9.2 counts them per call). Failures still reject.
    try {
      const conn = this.requireConnected();
      if (conn.era === "modern" && conn.spec.target.transport === "http" && !conn.tools.has(name))
        return this.listAllTools(conn).then(() => this.callListedTool(name, args, opts));
      return this.callListedTool(name, args, opts);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /** callTool once the tool's declarations are known: an excluded tool is refused, not called. */
  private callListedTool(name: string, args: Record<string, unknown>, opts: ToolCallOptions): Promise<ToolCallOutcome> {
    const problem = this.requireConnected().tools.get(name)?.headerProblem;
    if (problem)
      throw new EngineError(
        "excluded-tool",
        `tool "${name}" is excluded, not called: ${problem} (SEP-2243: clients MUST reject such a tool)`,
      );
    return this.sendToolCall(name, args, opts).outcome;
  }

  /** Every page of tools/list (a bounded number), so the connection knows each tool's schema. */
  private async listAllTools(conn: Connection): Promise<void> {
    let cursor: unknown;
    for (let page = 0; page < TOOL_PAGES_MAX && this.conn === conn; page++) {
      const out = await this.request("tools/list", typeof cursor === "string" ? { cursor } : undefined);
      cursor = asRecord(out.result).nextCursor;
      if (typeof cursor !== "string") return;
    }
  }

  /**
   * The verdict on a result against the tool's outputSchema as last listed: null when the tool
   * declares none (or was never listed). For a result that came another way (a task's).
   */
  async outputVerdict(tool: string, result: unknown): Promise<OutputVerdict | null> {
    const schema = this.conn?.tools.get(tool)?.outputSchema;
    return schema ? (await this.loadValidator()).verdictFor(schema, result) : null;
  }

  /** The output verdicts' validator, loaded once (see `validator`). */
  private loadValidator(): Promise<SchemaValidator> {
    return (this.validatorLoad ??= loadOutputValidator().then((m) => (this.validator = new m.SchemaValidator())));
  }

  /**
   * The outcome of a request this engine sent, by its record seq, for a caller that lost its
   * reply (the page's socket dropped): the same outcome the reply would have carried.
   */
  outcomeOf(requestSeq: number): Promise<RequestOutcome | ToolCallOutcome> {
    const kept = this.outcomes.get(requestSeq);
    return (
      kept ??
      Promise.reject(
        new Error(
          `no request #${requestSeq} is known to this backend (it is older than the last ${this.outcomesKept}, or from another connection)`,
        ),
      )
    );
  }

  /**
   * The final result of a task the target runs (a task-augmented call answered with its
   * CreateTaskResult): the engine follows the task and asks tasks/result when it ends.
   */
  async taskResult(taskId: string): Promise<RequestOutcome> {
    const conn = this.requireConnected();
    const { entry, modern } = await conn.tasks.result(taskId);
    const m = asRecord(entry.message);
    const result = objectOr(m.result);
    // 2026-07-28: the finished task (from tasks/get) carries the tool's result or error itself.
    const outcome = modern ? { result: result?.result, error: result?.error } : { result: m.result, error: m.error };
    if (outcome.error) throw new RpcError(outcome.error as JsonRpcError, entry);
    if (modern && result?.status === "cancelled") throw new EngineError("cancelled", `task ${taskId} was cancelled`);
    return { result: outcome.result, requestSeq: entry.pair?.seq, responseSeq: entry.seq, durationMs: entry.pair?.latencyMs ?? 0 };
  }

  /**
   * Subscribe to a resource's updates in the connection's era (2025 resources/subscribe,
   * 2026-07-28 a subscriptions/listen held open): resolves once it is active or failed; the state's
   * `subscriptions` follows it (updates counted) until unsubscribe or the connection's end.
   */
  async subscribe(uri: string): Promise<ResourceSubscription> {
    return this.requireConnected().subscriptions.subscribe(uri);
  }

  /** End a subscription (2026-07-28: the listen is cancelled through its request): what remains of it, undefined when gone. */
  async unsubscribe(uri: string): Promise<ResourceSubscription | undefined> {
    return this.requireConnected().subscriptions.unsubscribe(uri);
  }

  async notify(method: string, params?: Record<string, unknown>): Promise<void> {
    await this.requireConnected().notify(method, params);
  }

  /** Answer a held server->client request with a result or a JSON-RPC error. */
  async answer(pendingId: string, reply: { result?: Record<string, unknown>; error?: JsonRpcError }): Promise<void> {
    if (!this.conn) throw new Error(`no pending request ${pendingId}: not connected`);
    await this.conn.held.answer(pendingId, reply);
  }

  /** Stop everything now, for process shutdown (spans still to send are sent first). */
  async close(): Promise<void> {
    await this.disconnect();
    await this.otel?.flush();
  }

  /** Synchronous last resort when the process is exiting: kill a stdio target's group. */
  killNow(): void {
    this.conn?.opened.killNow();
  }

  /** The person logged in after the connect gave up waiting: connect again, unless they moved on. */
  private async reconnectAfterLogin(spec: ConnectSpec): Promise<void> {
    if (this.lastSpec === spec && this.state.status === "failed") await this.connect(spec);
  }

  private keep<T extends RequestOutcome | ToolCallOutcome>(
    handle: { requestSeq: number; progressToken?: number },
    outcome: Promise<T>,
  ): SentRequest<T> {
    outcome.catch(() => undefined);
    if (this.outcomesKept > 0) {
      this.outcomes.set(handle.requestSeq, outcome);
      if (this.outcomes.size > this.outcomesKept) this.outcomes.delete(this.outcomes.keys().next().value!);
    }
    const sent: SentRequest<T> = { requestSeq: handle.requestSeq, outcome };
    if (handle.progressToken !== undefined) sent.progressToken = handle.progressToken;
    return sent;
  }

  private requireConnected(): Connection {
    if (!this.conn || this.state.status !== "connected")
      throw new EngineError("not-connected", `not connected (status: ${this.state.status})`);
    return this.conn;
  }

  /** A request that ended without an answer because the server died says so, with its last stderr. */
  private explainFailure(conn: Connection, err: unknown, method: string): Error {
    if (err instanceof RpcError || (err instanceof EngineError && err.kind !== "closed")) return err as Error;
    const exit = conn.exitInfo();
    if (exit) {
      const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
      const tail = conn.stderrTail.length ? `; last stderr: ${conn.stderrTail.slice(-3).join(" | ")}` : "";
      const fault = new FaultError("closed", `the server ${how} before answering ${method}${tail}`, "server-exited");
      this.faulted(fault, method);
      return fault;
    }
    return err instanceof Error ? err : new Error(String(err));
  }

  private onClosed(conn: Connection): void {
    if (this.conn !== conn) return;
    this.conn = undefined;
    conn.held.clear();
    conn.tasks.close();
    conn.subscriptions.close();
    const exit = conn.exitInfo();
    const unexpected = !conn.closing;
    let error = this.state.error;
    if (unexpected) {
      const how = exit ? (exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`) : "closed the connection";
      error = {
        kind: exit ? "exited" : "other",
        message: `the server ${how}`,
        exitCode: exit?.code,
        signal: exit?.signal,
        stderrTail: [...conn.stderrTail],
      };
    }
    conn.requests.closeAll(() => new EngineError("closed", error?.message ?? "disconnected"));
    const text = conn.lost
      ? `disconnected: ${conn.lost}; reconnecting by itself`
      : unexpected
        ? `disconnected: ${error?.message}`
        : "disconnected";
    this.record.append({ kind: "lifecycle", event: "disconnected", text });
    this.setState({ ...this.state, status: "disconnected", pid: undefined, pending: [], error: unexpected ? error : undefined });
  }

  private setState(next: Omit<SessionState, "answers" | "authorization" | "subscriptions">): void {
    this.state = {
      ...next,
      answers: this.answers,
      authorization: this.authorization?.state(),
      subscriptions: this.conn?.subscriptions.state(),
    };
    for (const l of this.listeners) l(this.state);
  }
}
