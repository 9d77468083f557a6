import { performance } from "node:perf_hooks";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { CancelledNotificationSchema, McpError, ProgressNotificationSchema, type JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import type { Entry, MessageEntry, NewEntry } from "../../lib/record/format";
import { isNotification, isRequest } from "../../lib/protocol/jsonrpc";
import type { SessionState } from "../../lib/wire/session-state";
import { ConnectSpecSchema, clientCapabilitiesObject, describeTarget, type ConnectSpec, type ConnectSpecInput } from "../../lib/target/target";
import type { JsonRpcError, RequestOutcome, ToolCallOutcome } from "../../lib/wire/protocol";
import { SchemaValidator } from "../../lib/protocol/output-verdict";
import { classifyConnectError } from "./connect-error";
import { TappedTransport } from "./tap";
import { CallTimer } from "./call-timer";
import { Authorization } from "./authorization";
import { HeldRequests } from "./held-requests";
import { DEFAULT_ANSWERS, applyAnswersPatch, type StandingAnswers, type StandingAnswersPatch } from "../../lib/wire/answers";
import { openTransport, type OpenedTransport } from "./transports";

/** Where the engine writes what it sees. The record store implements it; tests may fake it. */
export interface RecordSink {
  append(entry: NewEntry): Entry;
  resetPairing(): void;
}

export interface RequestOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Attach a progress token (the SDK uses the request id) so the server may report progress. */
  progress?: boolean;
  resetTimeoutOnProgress?: boolean;
  maxTotalTimeoutMs?: number;
}

export type { RequestOutcome } from "../../lib/wire/outcomes";

/** The target answered with a JSON-RPC error: `rpc` is the error object exactly as sent. */
export class RpcError extends Error {
  constructor(readonly rpc: JsonRpcError) {
    super(rpc.message);
    this.name = "RpcError";
  }
}

const AnyResult = z.looseObject({});
const STDERR_TAIL = 20;
const STDOUT_NOISE_KEPT = 3;

interface Connection {
  generation: number;
  spec: ConnectSpec;
  client: Client;
  opened: OpenedTransport;
  stderrTail: string[];
  /** The first few stdout lines that were not JSON-RPC, for a connect error that says what the server printed. */
  stdoutNoise: string[];
  closing: boolean;
  initializeRequest?: MessageEntry;
  initializeResponse?: MessageEntry;
  lastOutgoingRequestSeq: number;
  lastIncomingSeq: number;
  waitingResponse: Map<number, MessageEntry | null>;
  /** The engine's calls waiting for their response, by request seq. */
  inFlight: Map<number, InFlight>;
  lastOutgoingRequestId?: string | number;
  /** JSON-RPC ids of calls the engine ended before their answer (cancelled, timed out): the newest few. */
  endedIds: Set<string>;
  held: HeldRequests;
  tools: Map<string, { outputSchema?: object }>;
}

interface InFlight {
  ctl: AbortController;
  timer?: CallTimer;
  /** Why the engine ended the call, when it did (timeout, an answer that cannot be delivered). */
  failure?: Error;
}

/** The SDK's own request timeout, out of the way: the engine's CallTimer keeps the time. */
const NO_SDK_TIMEOUT = 2_147_483_647;

const seconds = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(2))} s`);

export type StateListener = (state: SessionState) => void;

/**
 * The one module that owns the MCP SDK: it connects to one target at a time, records every
 * frame through a tapped transport, holds server->client requests for whoever drives the
 * session and sends tools/call raw so that results breaking the outputSchema still arrive.
 */
export class Engine {
  private state: SessionState = { status: "idle", generation: 0, pending: [], answers: DEFAULT_ANSWERS };
  /** Standing answers outlive connections: they are the person's settings for the session. */
  private answers: StandingAnswers = DEFAULT_ANSWERS;
  private conn?: Connection;
  private lastSpec?: ConnectSpec;
  private readonly listeners = new Set<StateListener>();
  private readonly validator = new SchemaValidator();
  private pendingCounter = 0;
  /** MCP authorization of HTTP targets: its tokens outlive connections, like the standing answers. */
  readonly authorization = new Authorization({ record: (e) => this.record.append(e), changed: () => this.setState(this.state) });
  /** Processes this engine has started, ever: lets a test assert that opening a recording ran nothing. */
  spawnCount = 0;

  constructor(
    private readonly record: RecordSink,
    private readonly clientInfo: { name: string; version: string },
  ) {}

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

    const client = new Client(this.clientInfo, { capabilities: clientCapabilitiesObject(spec.capabilities) });
    const conn: Connection = {
      generation,
      spec,
      client,
      opened: undefined as unknown as OpenedTransport,
      stderrTail: [],
      stdoutNoise: [],
      closing: false,
      lastOutgoingRequestSeq: 0,
      lastIncomingSeq: 0,
      waitingResponse: new Map(),
      inFlight: new Map(),
      endedIds: new Set(),
      held: undefined as unknown as HeldRequests,
      tools: new Map(),
    };
    const oauth = this.authorization.sessionFor(spec);
    conn.opened = openTransport(spec.target, {
      oauth,
      record: (e) => this.onIncomingEntry(conn, this.record.append(e)),
      stderr: (text) => {
        conn.stderrTail.push(...text.split("\n"));
        if (conn.stderrTail.length > STDERR_TAIL) conn.stderrTail.splice(0, conn.stderrTail.length - STDERR_TAIL);
        this.record.append({ kind: "stderr", text });
      },
      spawned: (pid) => {
        this.spawnCount++;
        this.record.append({ kind: "lifecycle", event: "spawned", text: `spawned pid ${pid}`, pid });
        if (this.conn === conn) this.setState({ ...this.state, pid });
      },
      exited: (info) => {
        const how = info.signal ? `was killed by ${info.signal}` : `exited with code ${info.code}`;
        this.record.append({ kind: "lifecycle", event: "exited", text: `the server ${how}`, code: info.code, signal: info.signal, pid: conn.opened.pid });
      },
    });
    conn.held = new HeldRequests({
      capabilities: spec.capabilities,
      timeoutMs: spec.timeouts.serverRequestMs,
      send: (m) => client.transport?.send(m) ?? Promise.reject(new Error("not connected")),
      changed: (pending) => {
        if (this.conn === conn) this.setState({ ...this.state, pending });
      },
      nextPendingId: () => `p${++this.pendingCounter}`,
      answers: () => this.answers,
    });
    const tapped = new TappedTransport(conn.opened.transport, {
      outgoing: (m) => this.onOutgoing(conn, m),
      incoming: conn.opened.recordsIncoming ? undefined : (m) => this.onIncomingEntry(conn, this.record.append(messageDraft("server->client", m))),
      intercept: (m) => conn.held.intercept(m, conn.lastIncomingSeq) || sdkIgnores(client, m),
    });
    // The SDK chains the transport's errors into client.onerror, which also gets its protocol
    // layer's own (a response to an unknown id, progress for an unknown token, a failed send):
    // record each once, saying which layer it came from.
    const fromTransport = new WeakSet<Error>();
    tapped.onerror = (err) => {
      fromTransport.add(err);
      // The HTTP tap has already recorded a frame the SDK could not parse, marked undelivered
      // with the reason: the SDK's parse error (a raw zod dump) would only repeat it.
      if (conn.opened.recordsIncoming && isParseError(err)) return;
      this.record.append({ kind: "lifecycle", event: "transport-error", text: `transport error: ${err.message}` });
    };
    client.onerror = (err) => {
      if (fromTransport.has(err)) return;
      const late = lateForEndedCall(conn, err.message);
      this.record.append(late ? { kind: "lifecycle", event: "note", text: late } : { kind: "lifecycle", event: "transport-error", text: `protocol error: ${err.message}` });
    };
    this.conn = conn;

    try {
      await client.connect(tapped, { timeout: spec.timeouts.initializeMs });
    } catch (err) {
      // Let a dying process finish reporting its exit and stderr before describing it.
      await conn.opened.settled(500);
      const error = this.authorization.explain(err, oauth, spec.target.transport === "stdio" ? "" : spec.target.url) ?? classifyConnectError(err, spec.target, conn.opened.exitInfo(), [...conn.stderrTail], conn.stdoutNoise);
      // A login still waiting: once the person is back, connect again by itself.
      if (oauth?.status().pendingUrl) void oauth.authorize().then(() => this.reconnectAfterLogin(spec), () => undefined);
      conn.closing = true;
      await client.close().catch(() => undefined);
      await conn.opened.transport.close().catch(() => undefined);
      this.record.append({ kind: "lifecycle", event: "connect-failed", text: error.message });
      if (this.conn === conn) {
        this.conn = undefined;
        this.setState({ status: "failed", generation, target: spec.target, capabilities: spec.capabilities, error, pending: [] });
      }
      return this.state;
    }
    if (this.conn !== conn) return this.state;

    // The SDK chained its own onclose (it rejects in-flight requests): keep it, then ours.
    const sdkOnClose = tapped.onclose;
    tapped.onclose = () => {
      sdkOnClose?.();
      this.onClosed(conn);
    };
    if (conn.opened.exitInfo()) {
      this.onClosed(conn);
      return this.state;
    }
    const initResult = (conn.initializeResponse?.message as { result?: Record<string, unknown> } | undefined)?.result ?? {};
    const initParams = (conn.initializeRequest?.message as { params?: Record<string, unknown> } | undefined)?.params ?? {};
    this.setState({
      ...this.state,
      status: "connected",
      negotiated: {
        requestedProtocolVersion: String(initParams.protocolVersion ?? ""),
        protocolVersion: String(initResult.protocolVersion ?? ""),
        serverCapabilities: (client.getServerCapabilities() ?? {}) as Record<string, unknown>,
        clientCapabilities: clientCapabilitiesObject(spec.capabilities),
        serverInfo: (initResult.serverInfo ?? client.getServerVersion() ?? {}) as Record<string, unknown>,
        instructions: client.getInstructions(),
        initializeRequestSeq: conn.initializeRequest?.seq,
        initializeResponseSeq: conn.initializeResponse?.seq,
      },
    });
    this.record.append({ kind: "lifecycle", event: "connected", text: `connected: protocol ${initResult.protocolVersion}`, target: describeTarget(spec.target) });
    return this.state;
  }

  /** Disconnect on purpose: the target is closed (a stdio target's process group is ended). */
  async disconnect(): Promise<void> {
    const conn = this.conn;
    if (!conn) return;
    conn.closing = true;
    conn.held.clear();
    await conn.client.close().catch(() => undefined);
    await conn.opened.transport.close().catch(() => undefined);
    this.onClosed(conn);
  }

  /** Drop the OAuth tokens held for the current HTTP target; the next 401 runs the flow again. */
  forgetAuthorization(): SessionState {
    this.authorization.forget();
    return this.state;
  }

  /** The person logged in after the connect gave up waiting: connect again, unless they moved on. */
  private async reconnectAfterLogin(spec: ConnectSpec): Promise<void> {
    if (this.lastSpec === spec && this.state.status === "failed") await this.connect(spec);
  }

  /** Connect again with the last spec. */
  async restart(): Promise<SessionState> {
    if (!this.lastSpec) throw new Error("nothing to restart: no connection has been made yet");
    return this.connect(this.lastSpec);
  }

  /** Send any request as is. Resolves with the raw result; a JSON-RPC error rejects as RpcError. */
  async request(method: string, params: Record<string, unknown> | undefined, opts: RequestOptions = {}): Promise<RequestOutcome> {
    const conn = this.requireConnected();
    const t0 = performance.now();
    const seqBefore = conn.lastOutgoingRequestSeq;
    const timeoutMs = opts.timeoutMs ?? conn.spec.timeouts.requestMs;
    // The engine keeps the time itself (the SDK's limits cannot stand still while the person
    // answers a server request this call caused); ending the call goes through the SDK's abort,
    // which sends notifications/cancelled with the reason.
    const call: InFlight = { ctl: new AbortController() };
    const onAbort = () => call.ctl.abort(opts.signal!.reason);
    if (opts.signal?.aborted) onAbort();
    else opts.signal?.addEventListener("abort", onAbort, { once: true });
    call.timer = new CallTimer(timeoutMs, opts.maxTotalTimeoutMs || undefined, (which) => {
      call.failure = new Error(
        which === "total"
          ? `${method} timed out: the server did not answer within the maximum total time of ${seconds(opts.maxTotalTimeoutMs!)} (notifications/cancelled was sent)`
          : `${method} timed out: the server did not answer within ${seconds(timeoutMs)}${opts.resetTimeoutOnProgress ? " of its last progress" : ""} (notifications/cancelled was sent)`,
      );
      call.ctl.abort(call.failure.message);
    });
    const sdkOpts = {
      timeout: NO_SDK_TIMEOUT,
      signal: call.ctl.signal,
      onprogress: opts.progress ? () => opts.resetTimeoutOnProgress && call.timer!.touch() : undefined,
    };
    const promise = conn.client.request({ method, ...(params ? { params } : {}) } as never, AnyResult, sdkOpts);
    // The SDK sends synchronously inside request(), so the tap has already seen our frame.
    const requestSeq = conn.lastOutgoingRequestSeq > seqBefore ? conn.lastOutgoingRequestSeq : undefined;
    const requestId = requestSeq ? conn.lastOutgoingRequestId : undefined;
    if (requestSeq) {
      conn.waitingResponse.set(requestSeq, null);
      conn.inFlight.set(requestSeq, call);
    }
    call.timer.start(this.state.pending.length > 0);
    try {
      const result = await promise;
      const response = requestSeq ? conn.waitingResponse.get(requestSeq) : undefined;
      return { result: (response?.message as { result?: unknown } | undefined)?.result ?? result, requestSeq, responseSeq: response?.seq, durationMs: performance.now() - t0 };
    } catch (err) {
      const response = requestSeq ? conn.waitingResponse.get(requestSeq) : undefined;
      const wireError = (response?.message as { error?: JsonRpcError } | undefined)?.error;
      if (wireError && !response?.undelivered) throw new RpcError(wireError);
      if (call.failure) throw call.failure;
      throw this.explainFailure(conn, err, method, opts.signal);
    } finally {
      call.timer.stop();
      if (call.ctl.signal.aborted && requestId !== undefined) rememberEnded(conn, requestId);
      opts.signal?.removeEventListener("abort", onAbort);
      if (requestSeq) {
        conn.waitingResponse.delete(requestSeq);
        conn.inFlight.delete(requestSeq);
      }
    }
  }

  async notify(method: string, params?: Record<string, unknown>): Promise<void> {
    const conn = this.requireConnected();
    await conn.client.notification({ method, ...(params ? { params } : {}) } as never);
  }

  /**
   * tools/call as a raw request (the SDK's callTool throws on a result that breaks the
   * outputSchema): the result is returned as sent, with the verdict beside it.
   */
  async callTool(name: string, args: Record<string, unknown>, opts: RequestOptions & { meta?: Record<string, unknown>; task?: { ttl?: number } } = {}): Promise<ToolCallOutcome> {
    const conn = this.requireConnected();
    const params: Record<string, unknown> = { name, arguments: args };
    if (opts.meta) params._meta = opts.meta;
    if (opts.task) params.task = opts.task;
    const t0 = performance.now();
    try {
      const out = await this.request("tools/call", params, { progress: true, ...opts });
      // A task-augmented call answers with a CreateTaskResult; the tool's output comes later.
      const outputSchema = opts.task ? undefined : conn.tools.get(name)?.outputSchema;
      const verdict = outputSchema ? this.validator.verdictFor(outputSchema, out.result) : null;
      return { result: out.result, verdict, durationMs: out.durationMs, requestSeq: out.requestSeq, responseSeq: out.responseSeq };
    } catch (err) {
      if (err instanceof RpcError) return { error: err.rpc, verdict: null, durationMs: performance.now() - t0 };
      throw err;
    }
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

  private requireConnected(): Connection {
    if (!this.conn || this.state.status !== "connected") {
      throw new Error(`not connected (status: ${this.state.status})`);
    }
    return this.conn;
  }

  private explainFailure(conn: Connection, err: unknown, method: string, signal: AbortSignal | undefined): Error {
    const exit = conn.opened.exitInfo();
    if (exit) {
      const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
      const tail = conn.stderrTail.length ? `; last stderr: ${conn.stderrTail.slice(-3).join(" | ")}` : "";
      return new Error(`the server ${how} before answering ${method}${tail}`);
    }
    // The SDK reports both a timeout and an abort as RequestTimeout ("Request timed out", or the
    // abort reason as the message): say which it was, and that the target was told.
    if (signal?.aborted) return new Error(`${method} cancelled: ${String(signal.reason ?? "aborted")}`);
    if (err instanceof McpError) return new Error(err.message.replace(/^MCP error -?\d+: /, ""));
    return err instanceof Error ? err : new Error(String(err));
  }

  private onOutgoing(conn: Connection, m: JSONRPCMessage): void {
    const entry = this.record.append(messageDraft("client->server", m)) as MessageEntry;
    if (isRequest(m)) {
      conn.lastOutgoingRequestSeq = entry.seq;
      conn.lastOutgoingRequestId = m.id;
      if (m.method === "initialize") conn.initializeRequest = entry;
    }
  }

  private onIncomingEntry(conn: Connection, entry: Entry): void {
    if (entry.kind === "stdout-noise" && conn.stdoutNoise.length < STDOUT_NOISE_KEPT) conn.stdoutNoise.push(entry.text);
    if (entry.kind !== "message") return;
    conn.lastIncomingSeq = entry.seq;
    if (!entry.pair) return;
    if (conn.waitingResponse.has(entry.pair.seq)) conn.waitingResponse.set(entry.pair.seq, entry);
    // An answer the SDK will never see (not valid JSON-RPC): the call ends now, saying why,
    // instead of waiting out its timeout.
    const call = entry.undelivered ? conn.inFlight.get(entry.pair.seq) : undefined;
    if (call && !call.failure) {
      call.failure = new Error(`the server answered ${entry.pair.method} (entry #${entry.seq}) with a frame the client cannot accept: ${entry.undelivered}`);
      call.ctl.abort(call.failure.message);
    }
    if (entry.pair.method === "initialize") conn.initializeResponse = entry;
    if (entry.pair.method === "tools/list") this.learnTools(conn, entry.message);
  }

  private learnTools(conn: Connection, message: unknown): void {
    const tools = (message as { result?: { tools?: unknown } }).result?.tools;
    if (!Array.isArray(tools)) return;
    for (const t of tools) {
      if (t && typeof t === "object" && typeof (t as { name?: unknown }).name === "string") {
        const outputSchema = (t as { outputSchema?: unknown }).outputSchema;
        conn.tools.set((t as { name: string }).name, { outputSchema: outputSchema && typeof outputSchema === "object" ? outputSchema : undefined });
      }
    }
  }

  private onClosed(conn: Connection): void {
    if (this.conn !== conn) return;
    this.conn = undefined;
    conn.held.clear();
    const exit = conn.opened.exitInfo();
    const unexpected = !conn.closing;
    let error = this.state.error;
    if (unexpected) {
      const how = exit ? (exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`) : "closed the connection";
      error = { kind: exit ? "exited" : "other", message: `the server ${how}`, exitCode: exit?.code, signal: exit?.signal, stderrTail: [...conn.stderrTail] };
    }
    this.record.append({ kind: "lifecycle", event: "disconnected", text: unexpected ? `disconnected: ${error?.message}` : "disconnected" });
    this.setState({ ...this.state, status: "disconnected", pid: undefined, pending: [], error: unexpected ? error : undefined });
  }

  private setState(next: Omit<SessionState, "answers" | "authorization">): void {
    const state: SessionState = (this.state = { ...next, answers: this.answers, authorization: this.authorization?.state() });
    // While a server request waits on the person, the calls that may have caused it wait too.
    for (const call of this.conn?.inFlight.values() ?? []) {
      if (state.pending.length > 0) call.timer?.pause();
      else call.timer?.resume();
    }
    for (const l of this.listeners) l(state);
  }
}

/**
 * The notifications the SDK client acts on, as the engine builds it (no listChanged option, no
 * notification handler of its own): its protocol layer's bookkeeping of cancellation and
 * progress. Named by the SDK's own schemas; an engine that registers a handler adds its method.
 */
const SDK_HANDLED_NOTIFICATIONS: ReadonlySet<string> = new Set([CancelledNotificationSchema.shape.method.value, ProgressNotificationSchema.shape.method.value]);

/**
 * True for a notification the SDK client has no handler for: it would run four failing zod
 * type guards on it and drop it. The record already holds it, so it is not handed over; under
 * a flood of log messages that is most of the backend's work and garbage (bench figure 3).
 */
function sdkIgnores(client: Client, m: JSONRPCMessage): boolean {
  return isNotification(m) && !client.fallbackNotificationHandler && !SDK_HANDLED_NOTIFICATIONS.has(m.method);
}

const ENDED_IDS_KEPT = 256;

function rememberEnded(conn: Connection, id: string | number): void {
  conn.endedIds.add(JSON.stringify(id));
  if (conn.endedIds.size > ENDED_IDS_KEPT) conn.endedIds.delete(conn.endedIds.values().next().value!);
}

/**
 * The SDK reports progress or a response for a request it no longer waits for as an error. For
 * a call the engine itself ended (a cancel, a timeout) that is the normal race of the server's
 * work crossing the cancellation: a note, not a protocol error. Undefined otherwise.
 */
function lateForEndedCall(conn: Connection, message: string): string | undefined {
  const m = /^Received a (progress notification for an unknown token|response for an unknown message ID): ([\s\S]*)$/.exec(message);
  if (!m) return undefined;
  let key: string | undefined;
  try {
    const frame = JSON.parse(m[2]) as { id?: unknown; params?: { progressToken?: unknown } };
    key = JSON.stringify(m[1].startsWith("progress") ? frame.params?.progressToken : frame.id);
  } catch {
    return undefined;
  }
  if (key === undefined || !conn.endedIds.has(key)) return undefined;
  return m[1].startsWith("progress")
    ? `progress for request ${key} arrived after the call ended (cancelled or timed out): the server's work crossed the cancellation; the client drops it`
    : `the answer to request ${key} arrived after the call ended (cancelled or timed out): it crossed the cancellation; the client drops it`;
}

function messageDraft(dir: "client->server" | "server->client", m: unknown): NewEntry {
  const text = JSON.stringify(m);
  return { kind: "message", dir, message: m, size: Buffer.byteLength(text) };
}

function isParseError(err: Error): boolean {
  return err.name === "ZodError" || err instanceof SyntaxError;
}
