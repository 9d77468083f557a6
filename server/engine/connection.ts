import type { Client, JSONRPCMessage } from "@modelcontextprotocol/client";
import {
  CLIENT_CAPABILITIES_META_KEY,
  CLIENT_INFO_META_KEY,
  LOG_LEVEL_META_KEY,
  PROTOCOL_VERSION_META_KEY,
} from "@modelcontextprotocol/client";
import type { Entry, MessageEntry, NewEntry } from "../../lib/record/format";
import { asRecord, isObject } from "../../lib/json/shape";
import { idOf, isRequest, isResponse, type JsonRpcId } from "../../lib/protocol/jsonrpc";
import type { ConnectSpec } from "../../lib/target/target";
import type { ConnectError, PendingServerRequest, ProtocolEra } from "../../lib/session/state";
import type { StandingAnswers } from "../../lib/answers/schema";
import type { OAuthSession } from "../auth";
import { Pairing } from "../record/pairing";
import type { Clock } from "./clock";
import { handshake } from "./handshake";
import { HeldRequests } from "./held-requests";
import { gatherInput, type InputRequiredResult } from "./input-required";
import { headerDeclarationProblem, headerDeclarations, mcpParamHeaders } from "./mcp-param-headers";
import { withInitializeEnvelope } from "./initialize-envelope";
import { checkAlive } from "./reconnect";
import { OutgoingRequests } from "./requests";
import type { FaultError } from "./faults";
import { TappedTransport } from "./tap";
import { withTraceMeta, type TraceMeta } from "../otel/trace-context";
import { copyForRecord } from "./sent-copy";
import { TaskFollower } from "./task-follower";
import { Subscriptions } from "./subscriptions";
import type { OpenedTransport, TransportFactory } from "./transports";
import type { ExitInfo } from "./stdio-transport";
import type { EarlyTarget } from "./spawn-target";

const STDERR_TAIL = 20;
const STDOUT_NOISE_KEPT = 3;
/** Held server requests whose delivery to the SDK client is still to come (a bound: a frame the SDK never delivers is forgotten). */
const KEPT_FROM_SDK_MAX = 1000;

export interface ConnectionDeps {
  spec: ConnectSpec;
  generation: number;
  clock: Clock;
  transports: TransportFactory;
  clientInfo: { name: string; version: string };
  /** What the client offers, in each era's form. */
  clientCapabilities: { legacy: Record<string, unknown>; modern: Record<string, unknown> };
  oauth?: OAuthSession;
  /** With OpenTelemetry export on: the trace context each request the engine sends carries in `_meta`. */
  traceMeta?: TraceMeta;
  append(entry: NewEntry): Entry;
  answers(): StandingAnswers;
  nextPendingId(): string;
  pendingChanged(pending: PendingServerRequest[]): void;
  spawned(pid: number): void;
  /** Something suggests the target is gone: a transport error, or a frame that could not be sent. */
  trouble(): void;
  /** A request of this connection ended by a fault below MCP. */
  faulted?(err: FaultError, method: string): void;
  /** A reconnect attempt: a failed handshake's transport errors are left to its connect-failed entry. */
  retrying?: boolean;
  /** A stdio target already started by the launcher (see spawn-target.ts). */
  early?: EarlyTarget;
}

/**
 * One connection to one target: its transport and the SDK client that opened the session, the
 * era it speaks, the engine's own requests, the server's requests held for the person, and the
 * tasks it follows. Every frame in either direction is recorded here before anything acts on it,
 * and paired here: the connection owns its frames' request/response pairing (by direction and
 * JSON-RPC id, server/record/pairing.ts), stamping a response's `pair` before it is recorded and
 * settling the engine's own requests by id. A new connection pairs afresh, so ids the next one
 * reuses pair with its own requests.
 */
export class Connection {
  readonly spec: ConnectSpec;
  readonly generation: number;
  readonly opened: OpenedTransport;
  readonly held: HeldRequests;
  readonly requests: OutgoingRequests;
  readonly tasks: TaskFollower;
  readonly subscriptions: Subscriptions;
  readonly stderrTail: string[] = [];
  /** The first few stdout lines that were not JSON-RPC, for a connect error that says what the server printed. */
  readonly stdoutNoise: string[] = [];
  readonly tools = new Map<string, { outputSchema?: object; headers: Array<{ name: string; path: string[] }>; headerProblem?: string }>();
  private tappedNow: TappedTransport;
  private sdkClient?: Client;
  private eraNow?: ProtocolEra;
  private version?: string;
  /** 2026-07-28: the log level the person chose, sent in each request's `_meta`. */
  private logLevel?: string;
  private closingNow = false;
  /** A liveness check is under way (one at a time). */
  private checking = false;
  private lostWhy?: string;
  /** True until the SDK client finished the handshake: until then it gets every frame. */
  private handshakingNow = true;
  /** Transport errors while the handshake runs, recorded when it ends unless one is why it failed. */
  private readonly handshakeErrors: Error[] = [];
  private handshakeRequestEntry?: MessageEntry;
  private handshakeResponseEntry?: MessageEntry;
  private lastHttpError?: string;
  /** The server refused the 2025 handshake and the 2026-07-28 one is under way. */
  private switchedEra = false;
  private highestSdkId = -1;
  private readonly fromTransport = new WeakSet<Error>();
  /** This connection's requests in both directions, waiting for their answers. */
  private readonly pairing = new Pairing<"client->server" | "server->client">();
  /** Ids of server requests held here (for the person, or answered at once): the SDK client does not get them. */
  private readonly keptFromSdk = new Set<JsonRpcId>();

  constructor(private readonly deps: ConnectionDeps) {
    this.spec = deps.spec;
    this.generation = deps.generation;
    this.opened = deps.transports(deps.spec.target, {
      oauth: deps.oauth,
      record: (e) => this.received(e),
      stderr: (text) => {
        this.stderrTail.push(...text.split("\n"));
        if (this.stderrTail.length > STDERR_TAIL) this.stderrTail.splice(0, this.stderrTail.length - STDERR_TAIL);
        deps.append({ kind: "stderr", text });
      },
      spawned: deps.spawned,
      early: deps.early,
      sessionless: () => this.eraNow === "modern" || this.switchedEra,
      exited: (info) => {
        const how = info.signal ? `was killed by ${info.signal}` : `exited with code ${info.code}`;
        deps.append({
          kind: "lifecycle",
          event: "exited",
          text: `the server ${how}`,
          code: info.code,
          signal: info.signal,
          pid: this.opened.pid,
        });
      },
    });
    this.held = new HeldRequests({
      clock: deps.clock,
      capabilities: deps.spec.capabilities,
      timeoutMs: deps.spec.timeouts.serverRequestMs,
      send: (m) => this.send(m).written,
      changed: (pending) => {
        this.requests.personWaiting(pending.length > 0);
        deps.pendingChanged(pending);
      },
      nextPendingId: deps.nextPendingId,
      answers: deps.answers,
    });
    this.requests = new OutgoingRequests({
      clock: deps.clock,
      send: (m, extra) => this.send(m, extra),
      firstId: () => this.highestSdkId + 1,
      envelope: () => this.envelope(),
      traceMeta: deps.traceMeta,
      heldByPerson: () => this.held.size > 0,
      note: (text) => deps.append({ kind: "lifecycle", event: "note", text }),
      cancelsByClosingStream: () => this.era === "modern" && this.opened.transport.hasPerRequestStream === true,
      perRequestStreams: () => this.opened.perRequestStreams === true,
      streamBreak: (id) => this.opened.streamBreak?.(id),
      silence: (id) => this.opened.silence?.(id),
      faulted: (err, method) => deps.faulted?.(err, method),
    });
    this.tasks = new TaskFollower({
      clock: deps.clock,
      request: (method, params, opts) => this.requests.start(method, params, this.spec.timeouts.requestMs, opts),
      askPerson: async (inputRequests, where) => {
        const r = await gatherInput(
          { resultType: "input_required", inputRequests: inputRequests as InputRequiredResult["inputRequests"] },
          this.held,
          where,
        );
        return "error" in r ? undefined : (r.retryParams.inputResponses as Record<string, unknown> | undefined);
      },
    });
    this.subscriptions = new Subscriptions({
      clock: deps.clock,
      era: () => this.era,
      request: (method, params, opts) => this.requests.start(method, params, this.spec.timeouts.requestMs, opts),
    });
    this.tappedNow = new TappedTransport(this.opened.transport, {
      outgoing: (m) => this.recordOutgoing(m),
      amend: (m) => {
        const framed =
          this.handshakingNow && this.spec.protocolEra === "auto" && this.spec.target.transport === "http"
            ? withInitializeEnvelope(m, { info: deps.clientInfo, capabilities: deps.clientCapabilities.modern })
            : m;
        // With OpenTelemetry export on, the SDK's own frames (the handshake) carry trace context too.
        return deps.traceMeta ? withTraceMeta(framed, deps.traceMeta) : framed;
      },
      forSdk: (m) => this.forSdk(m),
      mayClose: () => !this.handshakingNow || this.closingNow,
      error: (err) => this.transportError(err),
    });
  }

  /** The SDK client's view of the transport (after an era switch, the one the second client got). */
  get tapped(): TappedTransport {
    return this.tappedNow;
  }
  /** The SDK client that opened the session, once the handshake succeeded. */
  get client(): Client | undefined {
    return this.sdkClient;
  }
  get era(): ProtocolEra | undefined {
    return this.eraNow;
  }
  get protocolVersion(): string | undefined {
    return this.version;
  }
  /** True until the handshake ended (either way): until then the SDK client gets every frame. */
  get handshaking(): boolean {
    return this.handshakingNow;
  }
  /** The engine closed (or gave up) this connection on purpose: its close is not a surprise. */
  get closing(): boolean {
    return this.closingNow;
  }
  /** Why the engine gave this connection up for lost (the target stopped answering). */
  get lost(): string | undefined {
    return this.lostWhy;
  }
  /** The handshake's request as recorded (initialize, or server/discover), and its answer. */
  get handshakeRequest(): MessageEntry | undefined {
    return this.handshakeRequestEntry;
  }
  get handshakeResponse(): MessageEntry | undefined {
    return this.handshakeResponseEntry;
  }
  /** The body of the last HTTP error response the target sent, if any. */
  get lastHttpErrorBody(): string | undefined {
    return this.lastHttpError;
  }

  /**
   * Open the MCP session in the spec's era (see handshake.ts); throws as the handshake does.
   * Either way the handshake is over when it returns: from then on the SDK client gets only the
   * server's requests nobody holds.
   */
  async openSession(note: (text: string) => void): Promise<void> {
    let failure: unknown;
    try {
      const opened = await handshake({
        choice: this.spec.protocolEra,
        clientInfo: this.deps.clientInfo,
        capabilities: this.deps.clientCapabilities,
        tapped: this.tappedNow,
        timeoutMs: this.spec.timeouts.initializeMs,
        lastHttpErrorBody: () => this.lastHttpError,
        answeredVersion: () => asRecord(asRecord(this.handshakeResponseEntry?.message).result).protocolVersion,
        note: (text) => {
          this.switchedEra = true;
          note(text);
        },
        onProtocolError: (err) => this.protocolError(err),
      });
      this.tappedNow = opened.tapped;
      this.sdkClient = opened.client;
      this.eraNow = opened.era;
      this.version = opened.client.getNegotiatedProtocolVersion();
    } catch (e) {
      failure = e;
      throw e;
    } finally {
      this.handshakingNow = false;
      // Issue 92: the error that failed the handshake is the engine's connect-failed entry; recorded
      // here too, one failed start read as two ("transport error: fetch failed", then "cannot reach").
      for (const err of this.handshakeErrors.splice(0))
        if (err !== failure && err !== (failure as { cause?: unknown } | undefined)?.cause)
          this.deps.append({ kind: "lifecycle", event: "transport-error", text: `transport error: ${err.message}` });
    }
  }

  /** Call `closed` when the transport closes, after the SDK client's own handler (it chained one). */
  onClose(closed: () => void): void {
    const sdkOnClose = this.tappedNow.onclose;
    this.tappedNow.onclose = () => {
      sdkOnClose?.();
      closed();
    };
  }

  /** 2026-07-28: the log level sent in each request's `_meta` from now on. */
  setLogLevel(level: string): void {
    this.logLevel = level;
  }

  /**
   * Ask an HTTP target whether it is still there (one check at a time; a stdio target's exit
   * says so itself): why the connection is lost, or undefined.
   */
  async checkAlive(): Promise<ConnectError | undefined> {
    if (this.spec.target.transport === "stdio" || this.checking) return undefined;
    this.checking = true;
    try {
      return await checkAlive(
        this.requests,
        { modern: this.eraNow === "modern", sessionId: () => this.opened.transport.sessionId },
        this.spec.target.url,
      );
    } finally {
      this.checking = false;
    }
  }

  /** The target stopped answering: the engine closes this connection and says why. */
  lose(why: string): void {
    this.lostWhy = why;
    this.closingNow = true;
  }

  /** Close on purpose: held requests and followed tasks end, the SDK client and the transport close. */
  async close(): Promise<void> {
    this.closingNow = true;
    this.held.clear();
    this.tasks.close();
    await this.sdkClient?.close().catch(() => undefined);
    await this.opened.transport.close().catch(() => undefined);
  }

  /** Give up a connection whose handshake failed: its transport closes (a stdio target's group ends). */
  async abandon(): Promise<void> {
    this.closingNow = true;
    this.tasks.close();
    await this.opened.transport.close().catch(() => undefined);
  }

  /** The SDK client's errors, recorded once: those the transport reported are already in. */
  protocolError(err: Error): void {
    if (this.fromTransport.has(err)) return;
    this.deps.append({ kind: "lifecycle", event: "transport-error", text: `protocol error: ${err.message}` });
  }

  private transportError(err: Error): void {
    this.fromTransport.add(err);
    if (!this.handshakingNow) this.deps.trouble();
    if (this.handshakingNow && this.deps.retrying) return;
    // The HTTP tap has already recorded a frame the SDK could not parse, marked undelivered with the reason.
    if (err.name === "ZodError" || err instanceof SyntaxError) return;
    // The engine's own close aborting what was still open: not the target's fault.
    if (this.closingNow && err.name === "AbortError") return;
    if (this.handshakingNow) this.handshakeErrors.push(err);
    else this.deps.append({ kind: "lifecycle", event: "transport-error", text: `transport error: ${err.message}` });
  }

  /** Record a frame the engine sends and write it; the entry is there before the write starts. */
  send(
    message: Record<string, unknown> | JSONRPCMessage,
    extra: { retryOf?: number; requestSignal?: AbortSignal; onStreamEnd?: () => void } = {},
  ): { entry: MessageEntry; written: Promise<void> } {
    // With OpenTelemetry export on, a notification (and any request not from OutgoingRequests,
    // which adds it itself) carries trace context as every request does.
    if (this.deps.traceMeta) message = withTraceMeta(message, this.deps.traceMeta);
    const entry = this.recordOutgoing(message as JSONRPCMessage, extra.retryOf);
    const headers = this.paramHeaders(message);
    const options =
      extra.requestSignal || headers || extra.onStreamEnd
        ? {
            ...(extra.requestSignal ? { requestSignal: extra.requestSignal } : {}),
            ...(headers ? { headers } : {}),
            ...(extra.onStreamEnd ? { onRequestStreamEnd: extra.onStreamEnd } : {}),
          }
        : undefined;
    const written = this.opened.transport.send(message as JSONRPCMessage, options);
    if (!this.handshakingNow) written.catch(() => this.deps.trouble());
    return { entry, written };
  }

  /** A notification, with the era's envelope. */
  notify(method: string, params?: Record<string, unknown>): Promise<void> {
    const envelope = this.envelope();
    const meta = envelope ? { ...envelope, ...asRecord(params?._meta) } : undefined;
    const p = meta ? { ...(params ?? {}), _meta: meta } : params;
    return this.send({ jsonrpc: "2.0", method, ...(p ? { params: p } : {}) }).written;
  }

  /** A modern tools/call's Mcp-Param-* headers, from the tool's inputSchema as last listed. */
  private paramHeaders(message: Record<string, unknown> | JSONRPCMessage): Record<string, string> | undefined {
    if (this.eraNow !== "modern" || !("method" in message) || message.method !== "tools/call") return undefined;
    const params = asRecord(message.params);
    const declared = typeof params.name === "string" ? this.tools.get(params.name)?.headers : undefined;
    if (!declared?.length) return undefined;
    const headers = mcpParamHeaders(declared, params.arguments);
    return Object.keys(headers).length ? headers : undefined;
  }

  exitInfo(): ExitInfo | undefined {
    return this.opened.exitInfo();
  }

  /**
   * The 2026-07-28 envelope every request and notification carries in `_meta`: the protocol
   * version, who the client is and what it offers (the era has no session to remember them).
   */
  private envelope(): Record<string, unknown> | undefined {
    if (this.eraNow !== "modern") return undefined;
    return {
      [PROTOCOL_VERSION_META_KEY]: this.version,
      [CLIENT_INFO_META_KEY]: this.deps.clientInfo,
      [CLIENT_CAPABILITIES_META_KEY]: this.deps.clientCapabilities.modern,
      ...(this.logLevel ? { [LOG_LEVEL_META_KEY]: this.logLevel } : {}),
    };
  }

  /**
   * Record a frame this side sends (the engine's, the SDK client's): a response gets its request's
   * `pair` before it is recorded; a request is opened for its answer once it is.
   */
  private recordOutgoing(m: JSONRPCMessage, retryOf?: number): MessageEntry {
    const sent = copyForRecord(m);
    const draft: Omit<MessageEntry, "seq" | "t"> = { kind: "message", dir: "client->server", message: sent.value, size: sent.bytes };
    if (retryOf) draft.retryOf = retryOf;
    const entry = this.recordPaired(draft);
    if (isRequest(m)) {
      if (this.handshakingNow) {
        if (typeof m.id === "number") this.highestSdkId = Math.max(this.highestSdkId, m.id);
        if (m.method === "initialize" || m.method === "server/discover") this.handshakeRequestEntry = entry;
      }
    }
    return entry;
  }

  /**
   * Record a frame of either direction: a response carries its request's `pair` (the request went
   * the other way) when it is written; a request is opened for its answer once it has its seq.
   */
  private recordPaired(draft: Omit<MessageEntry, "seq" | "t">): MessageEntry {
    const m = draft.message;
    const id = idOf(m);
    const other = draft.dir === "client->server" ? "server->client" : "client->server";
    const answered = id !== undefined && isResponse(m) ? this.pairing.answered(other, id) : undefined;
    if (answered) draft.pair = answered.pair;
    const entry = this.deps.append(draft) as MessageEntry;
    if (isRequest(m)) this.pairing.opened(draft.dir, m.id, entry.seq, m.method);
    return entry;
  }

  /**
   * The one inbound path: everything the transport received (frames, stdout noise, HTTP events)
   * is recorded here exactly as received (a response with its request's `pair`), then decided on
   * once: a response settles its request, a notification reaches who follows it, a server request
   * is held for the person or left to the SDK client. What the SDK client is handed is only read
   * off that decision (forSdk), when the transport delivers the frame.
   */
  private received(draft: NewEntry): void {
    if (draft.kind !== "message") {
      const entry = this.deps.append(draft);
      if (entry.kind === "stdout-noise" && this.stdoutNoise.length < STDOUT_NOISE_KEPT) this.stdoutNoise.push(entry.text);
      if (entry.kind === "http" && entry.http.status >= 400) this.lastHttpError = entry.text;
      return;
    }
    const m = draft.message;
    const id = idOf(m);
    const entry = this.recordPaired(draft);
    if (entry.http && entry.http.status >= 400) this.lastHttpError = entry.raw ?? JSON.stringify(m);
    if (entry.pair) {
      if (entry.pair.seq === this.handshakeRequestEntry?.seq) this.handshakeResponseEntry = entry;
      // A response the record cut (server/record/cut.ts) still settles with the body as received.
      else if (!this.requests.takeResponse(id!, entry.cut ? { ...entry, message: m } : entry)) return;
      if (entry.pair.method === "tools/list") this.learnTools(m);
      this.tasks.observe(entry);
      return;
    }
    if (isResponse(m)) {
      if (!this.handshakingNow && !entry.undelivered) {
        this.deps.append({
          kind: "lifecycle",
          event: "transport-error",
          text: `protocol error: received a response for an unknown message ID ${JSON.stringify(id ?? null)}: no request of this connection has that id; the client drops it`,
        });
      }
      return;
    }
    const method = isObject(m) ? m.method : undefined;
    if (method === "notifications/progress") this.requests.takeProgress(asRecord(asRecord(m).params));
    else if (method === "notifications/tasks/status") this.tasks.observe(entry);
    else this.subscriptions.observe(entry);
    // A frame the client cannot accept is never delivered: nothing holds or answers it.
    if (entry.undelivered) return;
    if (this.held.intercept(m as JSONRPCMessage, entry.seq) && id !== undefined) {
      if (this.keptFromSdk.size >= KEPT_FROM_SDK_MAX) this.keptFromSdk.delete(this.keptFromSdk.values().next().value!);
      this.keptFromSdk.add(id);
    }
  }

  /**
   * Whether the SDK client gets a frame the transport delivers, as decided when it was recorded:
   * during the handshake everything but what was held; after it, only the server's requests
   * nobody holds (the SDK answers ping, and -32601 to what it does not know). The engine took
   * responses and notifications when they were recorded.
   */
  private forSdk(m: JSONRPCMessage): boolean {
    if (isRequest(m)) return !this.keptFromSdk.delete(m.id);
    return this.handshakingNow;
  }

  private learnTools(message: unknown): void {
    const tools = asRecord(asRecord(message).result).tools;
    if (!Array.isArray(tools)) return;
    for (const t of tools) {
      if (isObject(t) && typeof t.name === "string") {
        const outputSchema = t.outputSchema;
        this.tools.set(t.name, {
          outputSchema: outputSchema && typeof outputSchema === "object" ? outputSchema : undefined,
          headers: headerDeclarations(t.inputSchema),
          headerProblem: headerDeclarationProblem(t.inputSchema),
        });
      }
    }
  }
}
