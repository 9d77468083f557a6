import type { Entry, MessageEntry, NewEntry } from "../../lib/record/format";
import type { SessionState } from "../../lib/wire/session-state";
import { ConnectSpecSchema, clientCapabilitiesObject, describeTarget, modernClientCapabilities, type ConnectSpec, type ConnectSpecInput } from "../../lib/target/target";
import type { JsonRpcError, RequestOutcome, ToolCallOutcome } from "../../lib/wire/protocol";
import { SchemaValidator } from "../../lib/protocol/output-verdict";
import { RpcErrorCode } from "../../lib/wire/error-codes";
import { DEFAULT_ANSWERS, applyAnswersPatch, type StandingAnswers, type StandingAnswersPatch } from "../../lib/wire/answers";
import { classifyConnectError } from "./connect-error";
import { Authorization } from "./authorization";
import { realClock, type Clock } from "./clock";
import { Connection } from "./connection";
import { EngineError, RpcError } from "./errors";
import { handshake } from "./handshake";
import { gatherInput, isInputRequired, MAX_INPUT_ROUNDS } from "./input-required";
import type { RequestHandle, RequestOptions, Settled } from "./requests";
import { openTransport, type TransportFactory } from "./transports";

/** Where the engine writes what it sees. The record store implements it; tests may fake it. */
export interface RecordSink {
  append(entry: NewEntry): Entry;
  resetPairing(): void;
}

export interface EngineOptions {
  /** How targets are reached; tests hand the engine an in-memory pair. */
  transports?: TransportFactory;
  /** Time limits run on this clock; tests use a fake one instead of sleeping. */
  clock?: Clock;
}

export type { RequestOptions } from "./requests";
export type { RequestOutcome } from "../../lib/wire/outcomes";

/** A request in flight, as callers hold it: where it was recorded, its progress token, and its outcome. */
export interface SentRequest<T> {
  requestSeq: number;
  progressToken?: number;
  outcome: Promise<T>;
}

export type StateListener = (state: SessionState) => void;

/** 2025 methods with no 2026-07-28 wire form, and what takes their place. */
const NOT_ON_MODERN_WIRE: Record<string, string> = {
  "logging/setLevel": "the level is sent in each request's _meta (io.modelcontextprotocol/logLevel)",
  ping: "a 2026-07-28 server answers any request; send server/discover to check it is there",
};

/** Outcomes kept for callers who lost their reply (a page whose socket dropped), newest last. */
const OUTCOMES_KEPT = 256;

/**
 * The one module that owns the MCP SDK: it connects to one target at a time in the era the
 * person chose (the SDK's v2 client opens the session), records every frame, sends every request
 * itself through one owner (ids, time limits, cancellation, the response), answers the server's
 * requests through the person, follows tasks and fulfils `input_required` rounds.
 */
export class Engine {
  private state: SessionState = { status: "idle", generation: 0, pending: [], answers: DEFAULT_ANSWERS };
  /** Standing answers outlive connections: they are the person's settings for the session. */
  private answers: StandingAnswers = DEFAULT_ANSWERS;
  private conn?: Connection;
  private lastSpec?: ConnectSpec;
  private readonly listeners = new Set<StateListener>();
  private readonly validator = new SchemaValidator();
  private readonly transports: TransportFactory;
  readonly clock: Clock;
  private pendingCounter = 0;
  private readonly outcomes = new Map<number, Promise<unknown>>();
  /** MCP authorization of HTTP targets: its tokens outlive connections, like the standing answers. */
  readonly authorization = new Authorization({ record: (e) => this.record.append(e), changed: () => this.setState(this.state) });
  /** Processes this engine has started, ever: lets a test assert that opening a recording ran nothing. */
  spawnCount = 0;

  constructor(
    private readonly record: RecordSink,
    private readonly clientInfo: { name: string; version: string },
    options: EngineOptions = {},
  ) {
    this.transports = options.transports ?? openTransport;
    this.clock = options.clock ?? realClock;
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

  onState(listener: StateListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Connect to a target, replacing any current connection. Resolves with the new state; a
   * failed connection resolves too (status "failed" with the error in words). Throws only for
   * a spec that does not parse.
   */
  async connect(input: ConnectSpecInput): Promise<SessionState> {
    const spec = ConnectSpecSchema.parse(input);
    if (this.conn) await this.disconnect();
    this.lastSpec = spec;
    const generation = this.state.generation + 1;
    this.record.resetPairing();
    this.setState({ status: "connecting", generation, target: spec.target, capabilities: spec.capabilities, pending: [] });
    this.record.append({ kind: "lifecycle", event: "connecting", text: `connecting to ${describeTarget(spec.target)}`, target: describeTarget(spec.target) });

    const oauth = this.authorization.sessionFor(spec);
    const clientCapabilities = { legacy: clientCapabilitiesObject(spec.capabilities), modern: modernClientCapabilities(spec.capabilities) };
    const conn = new Connection({
      spec,
      generation,
      clock: this.clock,
      transports: this.transports,
      clientInfo: this.clientInfo,
      clientCapabilities,
      oauth,
      append: (e) => this.record.append(e),
      answers: () => this.answers,
      nextPendingId: () => `p${++this.pendingCounter}`,
      pendingChanged: (pending) => {
        if (this.conn === conn) this.setState({ ...this.state, pending });
      },
      spawned: (pid) => {
        this.spawnCount++;
        this.record.append({ kind: "lifecycle", event: "spawned", text: `spawned pid ${pid}`, pid });
        if (this.conn === conn) this.setState({ ...this.state, pid });
      },
    });
    this.conn = conn;

    try {
      const opened = await handshake({
        choice: spec.protocolEra,
        clientInfo: this.clientInfo,
        capabilities: clientCapabilities,
        tapped: conn.tapped,
        timeoutMs: spec.timeouts.initializeMs,
        lastHttpErrorBody: () => conn.lastHttpErrorBody,
        note: (text) => this.record.append({ kind: "lifecycle", event: "note", text }),
        onProtocolError: (err) => conn.protocolError(err),
      });
      conn.tapped = opened.tapped;
      conn.client = opened.client;
      conn.era = opened.era;
      conn.protocolVersion = opened.client.getNegotiatedProtocolVersion();
      conn.handshaking = false;
    } catch (err) {
      conn.handshaking = false;
      // Let a dying process finish reporting its exit and stderr before describing it.
      await conn.opened.settled(500);
      const error = this.authorization.explain(err, oauth, spec.target.transport === "stdio" ? "" : spec.target.url) ?? classifyConnectError(err, spec.target, conn.exitInfo(), [...conn.stderrTail], conn.stdoutNoise, answeredVersion(conn), discoverResult(conn));
      // A login still waiting: once the person is back, connect again by itself.
      if (oauth?.status().pendingUrl) void oauth.authorize().then(() => this.reconnectAfterLogin(spec), () => undefined);
      conn.closing = true;
      conn.tasks.close();
      await conn.opened.transport.close().catch(() => undefined);
      this.record.append({ kind: "lifecycle", event: "connect-failed", text: error.message });
      if (this.conn === conn) {
        this.conn = undefined;
        this.setState({ status: "failed", generation, target: spec.target, capabilities: spec.capabilities, error, pending: [] });
      }
      return this.state;
    }
    if (this.conn !== conn) return this.state;

    // The SDK chained its own onclose: keep it, then ours.
    const sdkOnClose = conn.tapped.onclose;
    conn.tapped.onclose = () => {
      sdkOnClose?.();
      this.onClosed(conn);
    };
    if (conn.exitInfo()) {
      this.onClosed(conn);
      return this.state;
    }
    this.setState({ ...this.state, status: "connected", negotiated: negotiatedOf(conn, clientCapabilities[conn.era ?? "legacy"]) });
    this.record.append({ kind: "lifecycle", event: "connected", text: `connected: protocol ${conn.protocolVersion}${conn.era === "modern" ? " (server/discover)" : ""}`, target: describeTarget(spec.target) });
    return this.state;
  }

  /** Disconnect on purpose: the target is closed (a stdio target's process group is ended). */
  async disconnect(): Promise<void> {
    const conn = this.conn;
    if (!conn) return;
    conn.closing = true;
    conn.held.clear();
    conn.tasks.close();
    await conn.client?.close().catch(() => undefined);
    await conn.opened.transport.close().catch(() => undefined);
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
   * Send any request as is. The handle says at once where the request was recorded; its outcome
   * is the raw result (after any `input_required` rounds, each answered through the person), and
   * a JSON-RPC error rejects as RpcError.
   */
  send(method: string, params: Record<string, unknown> | undefined, opts: RequestOptions = {}): SentRequest<RequestOutcome> {
    const conn = this.requireConnected();
    if (conn.era === "modern" && method in NOT_ON_MODERN_WIRE) return this.keep(...this.answerLocally(conn, method, params));
    const first = conn.requests.start(method, params, conn.spec.timeouts.requestMs, opts);
    const t0 = this.clock.now();
    const outcome = this.settle(conn, method, params, opts, first).then((s) => ({
      result: (s.response.message as { result?: unknown }).result,
      requestSeq: first.requestSeq,
      responseSeq: s.response.seq,
      durationMs: this.clock.now() - t0,
    }));
    return this.keep(first, outcome);
  }

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
  sendToolCall(name: string, args: Record<string, unknown>, opts: RequestOptions & { meta?: Record<string, unknown>; task?: { ttl?: number } } = {}): SentRequest<ToolCallOutcome> {
    const conn = this.requireConnected();
    const params: Record<string, unknown> = { name, arguments: args };
    if (opts.meta) params._meta = opts.meta;
    if (opts.task) params.task = opts.task;
    const sent = this.send("tools/call", params, { progress: true, ...opts });
    const t0 = this.clock.now();
    const outcome = sent.outcome.then(
      (out): ToolCallOutcome => {
        // A task-augmented call answers with a CreateTaskResult; the tool's output comes later.
        const outputSchema = opts.task ? undefined : conn.tools.get(name)?.outputSchema;
        const verdict = outputSchema ? this.validator.verdictFor(outputSchema, out.result) : null;
        return { result: out.result, verdict, durationMs: out.durationMs, requestSeq: out.requestSeq, responseSeq: out.responseSeq };
      },
      (err: unknown): ToolCallOutcome => {
        if (err instanceof RpcError) return { error: err.rpc, verdict: null, durationMs: this.clock.now() - t0, requestSeq: sent.requestSeq, responseSeq: err.response?.seq };
        throw err;
      },
    );
    return this.keep(sent, outcome);
  }

  callTool(name: string, args: Record<string, unknown>, opts: RequestOptions & { meta?: Record<string, unknown>; task?: { ttl?: number } } = {}): Promise<ToolCallOutcome> {
    try {
      return this.sendToolCall(name, args, opts).outcome;
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /**
   * The outcome of a request this engine sent, by its record seq, for a caller that lost its
   * reply (the page's socket dropped): the same outcome the reply would have carried.
   */
  outcomeOf(requestSeq: number): Promise<unknown> {
    const kept = this.outcomes.get(requestSeq);
    return kept ?? Promise.reject(new Error(`no request #${requestSeq} is known to this backend (it is older than the last ${OUTCOMES_KEPT}, or from another connection)`));
  }

  /**
   * The final result of a task the target runs (a task-augmented call answered with its
   * CreateTaskResult): the engine follows the task and asks tasks/result when it ends.
   */
  async taskResult(taskId: string): Promise<RequestOutcome> {
    const conn = this.requireConnected();
    const { entry, modern } = await conn.tasks.result(taskId);
    const m = entry.message as { result?: Record<string, unknown>; error?: JsonRpcError };
    // 2026-07-28: the finished task (from tasks/get) carries the tool's result or error itself.
    const outcome = modern ? { result: m.result?.result, error: m.result?.error as JsonRpcError | undefined } : m;
    if (outcome.error) throw new RpcError(outcome.error, entry);
    if (modern && m.result?.status === "cancelled") throw new EngineError("cancelled", `task ${taskId} was cancelled`);
    return { result: outcome.result, requestSeq: entry.pair?.seq, responseSeq: entry.seq, durationMs: entry.pair?.latencyMs ?? 0 };
  }

  async notify(method: string, params?: Record<string, unknown>): Promise<void> {
    await this.requireConnected().notify(method, params);
  }

  /** Answer a held server->client request with a result or a JSON-RPC error. */
  async answer(pendingId: string, reply: { result?: Record<string, unknown>; error?: JsonRpcError }): Promise<void> {
    if (!this.conn) throw new Error(`no pending request ${pendingId}: not connected`);
    await this.conn.held.answer(pendingId, reply);
  }

  /** Stop everything now, for process shutdown. */
  async close(): Promise<void> {
    await this.disconnect();
  }

  /** Synchronous last resort when the process is exiting: kill a stdio target's group. */
  killNow(): void {
    this.conn?.opened.killNow();
  }

  /** The person logged in after the connect gave up waiting: connect again, unless they moved on. */
  private async reconnectAfterLogin(spec: ConnectSpec): Promise<void> {
    if (this.lastSpec === spec && this.state.status === "failed") await this.connect(spec);
  }

  /**
   * Wait for a request's response; an `input_required` result (2026-07-28) is answered through the
   * person and the request sent again, with the first request's seq on each retry.
   */
  private async settle(conn: Connection, method: string, params: Record<string, unknown> | undefined, opts: RequestOptions, first: RequestHandle): Promise<Settled> {
    let handle = first;
    let relisted = false;
    for (let round = 0; ; round++) {
      let settled: Settled;
      try {
        settled = await handle.outcome;
      } catch (err) {
        // A modern tools/call for a tool whose Mcp-Param headers the engine could not know (its
        // tools/list not read yet) is refused with -32020: read the list, then send it again, once.
        if (!relisted && needsToolList(conn, method, params, err)) {
          relisted = true;
          await this.request("tools/list", undefined).catch(() => undefined);
          handle = conn.requests.start(method, params, conn.spec.timeouts.requestMs, { ...opts, retryOf: first.requestSeq });
          continue;
        }
        throw this.explainFailure(conn, err, method);
      }
      const result = (settled.response.message as { result?: unknown }).result;
      if (conn.era !== "modern" || !isInputRequired(result)) return settled;
      if (round >= MAX_INPUT_ROUNDS) throw new EngineError("invalid-response", `${method}: the server still asked for input after ${MAX_INPUT_ROUNDS} rounds (entry #${settled.response.seq}); the inspector stopped retrying`);
      const input = await gatherInput(result, conn.held, { requestSeq: first.requestSeq, responseSeq: settled.response.seq });
      if ("error" in input) throw new EngineError("cancelled", `${method}: the input the server asked for was not given (${input.error.message}); the request was not retried`);
      if (this.conn !== conn) throw new EngineError("closed", `${method}: the connection ended before the request could be retried with its input`);
      const { requestState: _oldState, inputResponses: _oldInput, ...base } = params ?? {};
      handle = conn.requests.start(method, { ...base, ...input.retryParams }, conn.spec.timeouts.requestMs, { ...opts, retryOf: first.requestSeq });
    }
  }

  /**
   * A 2025 method the 2026-07-28 wire does not have, answered here instead of sent: the log level
   * goes in each request's `_meta` from now on; ping has no replacement (it fails, saying so).
   */
  private answerLocally(conn: Connection, method: string, params: Record<string, unknown> | undefined): [{ requestSeq: number }, Promise<RequestOutcome>] {
    const level = method === "logging/setLevel" ? params?.level : undefined;
    if (typeof level === "string") conn.logLevel = level;
    const note = this.record.append({ kind: "lifecycle", event: "note", text: `${method} is not on the 2026-07-28 wire: ${NOT_ON_MODERN_WIRE[method]}${typeof level === "string" ? ` (now "${level}")` : ""}; nothing was sent` });
    const outcome =
      method === "logging/setLevel" && typeof level === "string"
        ? Promise.resolve({ result: {}, requestSeq: note.seq, durationMs: 0 })
        : Promise.reject(new EngineError("not-in-era", `${method} is not part of the 2026-07-28 protocol: ${NOT_ON_MODERN_WIRE[method]}`));
    return [{ requestSeq: note.seq }, outcome];
  }

  private keep<T>(handle: { requestSeq: number; progressToken?: number }, outcome: Promise<T>): SentRequest<T> {
    outcome.catch(() => undefined);
    this.outcomes.set(handle.requestSeq, outcome);
    if (this.outcomes.size > OUTCOMES_KEPT) this.outcomes.delete(this.outcomes.keys().next().value!);
    return { requestSeq: handle.requestSeq, ...(handle.progressToken !== undefined ? { progressToken: handle.progressToken } : {}), outcome };
  }

  private requireConnected(): Connection {
    if (!this.conn || this.state.status !== "connected") throw new EngineError("not-connected", `not connected (status: ${this.state.status})`);
    return this.conn;
  }

  /** A request that ended without an answer because the server died says so, with its last stderr. */
  private explainFailure(conn: Connection, err: unknown, method: string): Error {
    if (err instanceof RpcError || (err instanceof EngineError && err.kind !== "closed")) return err as Error;
    const exit = conn.exitInfo();
    if (exit) {
      const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
      const tail = conn.stderrTail.length ? `; last stderr: ${conn.stderrTail.slice(-3).join(" | ")}` : "";
      return new EngineError("closed", `the server ${how} before answering ${method}${tail}`);
    }
    return err instanceof Error ? err : new Error(String(err));
  }

  private onClosed(conn: Connection): void {
    if (this.conn !== conn) return;
    this.conn = undefined;
    conn.held.clear();
    conn.tasks.close();
    const exit = conn.exitInfo();
    const unexpected = !conn.closing;
    let error = this.state.error;
    if (unexpected) {
      const how = exit ? (exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`) : "closed the connection";
      error = { kind: exit ? "exited" : "other", message: `the server ${how}`, exitCode: exit?.code, signal: exit?.signal, stderrTail: [...conn.stderrTail] };
    }
    conn.requests.closeAll(() => new EngineError("closed", error?.message ?? "disconnected"));
    this.record.append({ kind: "lifecycle", event: "disconnected", text: unexpected ? `disconnected: ${error?.message}` : "disconnected" });
    this.setState({ ...this.state, status: "disconnected", pid: undefined, pending: [], error: unexpected ? error : undefined });
  }

  private setState(next: Omit<SessionState, "answers" | "authorization">): void {
    this.state = { ...next, answers: this.answers, authorization: this.authorization?.state() };
    for (const l of this.listeners) l(this.state);
  }
}

/** A -32020 (headers disagree with the body) to a modern tools/call of a tool not yet listed. */
function needsToolList(conn: Connection, method: string, params: Record<string, unknown> | undefined, err: unknown): boolean {
  return conn.era === "modern" && method === "tools/call" && err instanceof RpcError && err.rpc.code === RpcErrorCode.HeaderMismatch && !conn.tools.has(String(params?.name));
}

/** The result of the server/discover the handshake sent, if the server answered one. */
function discoverResult(conn: Connection): unknown {
  const method = (conn.handshakeRequest?.message as { method?: unknown } | undefined)?.method;
  return method === "server/discover" ? (conn.handshakeResponse?.message as { result?: unknown } | undefined)?.result : undefined;
}

/** The protocol version a refused initialize result named, if the server answered one. */
function answeredVersion(conn: Connection): unknown {
  return (conn.handshakeResponse?.message as { result?: { protocolVersion?: unknown } } | undefined)?.result?.protocolVersion;
}

/** What the handshake settled, from the frames as recorded (initialize's, or server/discover's). */
function negotiatedOf(conn: Connection, clientCapabilities: Record<string, unknown>): NonNullable<SessionState["negotiated"]> {
  const client = conn.client!;
  const result = (conn.handshakeResponse?.message as { result?: Record<string, unknown> } | undefined)?.result ?? {};
  const params = (conn.handshakeRequest?.message as { params?: Record<string, unknown> } | undefined)?.params ?? {};
  const requested = conn.era === "modern" ? (params._meta as Record<string, unknown> | undefined)?.["io.modelcontextprotocol/protocolVersion"] : params.protocolVersion;
  return {
    era: conn.era ?? "legacy",
    requestedProtocolVersion: String(requested ?? conn.protocolVersion ?? ""),
    protocolVersion: String(conn.protocolVersion ?? result.protocolVersion ?? ""),
    serverCapabilities: (client.getServerCapabilities() ?? result.capabilities ?? {}) as Record<string, unknown>,
    clientCapabilities,
    serverInfo: (result.serverInfo ?? client.getServerVersion() ?? {}) as Record<string, unknown>,
    instructions: client.getInstructions(),
    initializeRequestSeq: conn.handshakeRequest?.seq,
    initializeResponseSeq: conn.handshakeResponse?.seq,
  };
}

export type { MessageEntry };
