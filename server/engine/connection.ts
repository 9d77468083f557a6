import type { Client, JSONRPCMessage } from "@modelcontextprotocol/client";
import { CLIENT_CAPABILITIES_META_KEY, CLIENT_INFO_META_KEY, LOG_LEVEL_META_KEY, PROTOCOL_VERSION_META_KEY } from "@modelcontextprotocol/client";
import type { Entry, MessageEntry, NewEntry } from "../../lib/record/format";
import { isRequest, isResponse } from "../../lib/protocol/jsonrpc";
import type { ConnectSpec } from "../../lib/target/target";
import type { PendingServerRequest, ProtocolEra } from "../../lib/wire/session-state";
import type { StandingAnswers } from "../../lib/answers/schema";
import type { OAuthSession } from "../auth";
import type { Clock } from "./clock";
import { HeldRequests } from "./held-requests";
import { gatherInput, type InputRequiredResult } from "./input-required";
import { headerDeclarations, mcpParamHeaders } from "./mcp-param-headers";
import { OutgoingRequests } from "./requests";
import { TappedTransport } from "./tap";
import { TaskFollower } from "./task-follower";
import { Subscriptions } from "./subscriptions";
import type { OpenedTransport, TransportFactory } from "./transports";
import type { ExitInfo } from "./stdio-transport";
import type { EarlyTarget } from "./spawn-target";

const STDERR_TAIL = 20;
const STDOUT_NOISE_KEPT = 3;

export interface ConnectionDeps {
  spec: ConnectSpec;
  generation: number;
  clock: Clock;
  transports: TransportFactory;
  clientInfo: { name: string; version: string };
  /** What the client offers, in each era's form. */
  clientCapabilities: { legacy: Record<string, unknown>; modern: Record<string, unknown> };
  oauth?: OAuthSession;
  append(entry: NewEntry): Entry;
  answers(): StandingAnswers;
  nextPendingId(): string;
  pendingChanged(pending: PendingServerRequest[]): void;
  spawned(pid: number): void;
  /** Something suggests the target is gone: a transport error, or a frame that could not be sent. */
  trouble(): void;
  /** A reconnect attempt: a failed handshake's transport errors are left to its connect-failed entry. */
  retrying?: boolean;
  /** A stdio target already started by the launcher (see spawn-target.ts). */
  early?: EarlyTarget;
}

/**
 * One connection to one target: its transport and the SDK client that opened the session, the
 * era it speaks, the engine's own requests, the server's requests held for the person, and the
 * tasks it follows. Every frame in either direction is recorded here before anything acts on it.
 */
export class Connection {
  readonly spec: ConnectSpec;
  readonly generation: number;
  readonly opened: OpenedTransport;
  readonly held: HeldRequests;
  readonly requests: OutgoingRequests;
  readonly tasks: TaskFollower;
  readonly subscriptions: Subscriptions;
  tapped: TappedTransport;
  client?: Client;
  era?: ProtocolEra;
  protocolVersion?: string;
  /** 2026-07-28: the log level the person chose, sent in each request's `_meta`. */
  logLevel?: string;
  readonly stderrTail: string[] = [];
  /** The first few stdout lines that were not JSON-RPC, for a connect error that says what the server printed. */
  readonly stdoutNoise: string[] = [];
  closing = false;
  /** A liveness check is under way (one at a time). */
  checking = false;
  /** Why the engine gave this connection up for lost (the target stopped answering). */
  lost?: string;
  /** True until the SDK client finished the handshake: until then it gets every frame. */
  handshaking = true;
  handshakeRequest?: MessageEntry;
  handshakeResponse?: MessageEntry;
  lastHttpErrorBody?: string;
  readonly tools = new Map<string, { outputSchema?: object; headers: Array<{ name: string; path: string[] }> }>();
  private highestSdkId = -1;
  private readonly fromTransport = new WeakSet<Error>();
  private lastIncomingSeq = 0;

  constructor(private readonly deps: ConnectionDeps) {
    this.spec = deps.spec;
    this.generation = deps.generation;
    this.opened = deps.transports(deps.spec.target, {
      oauth: deps.oauth,
      record: (e) => this.onEntry(deps.append(e)),
      stderr: (text) => {
        this.stderrTail.push(...text.split("\n"));
        if (this.stderrTail.length > STDERR_TAIL) this.stderrTail.splice(0, this.stderrTail.length - STDERR_TAIL);
        deps.append({ kind: "stderr", text });
      },
      spawned: deps.spawned,
      early: deps.early,
      exited: (info) => {
        const how = info.signal ? `was killed by ${info.signal}` : `exited with code ${info.code}`;
        deps.append({ kind: "lifecycle", event: "exited", text: `the server ${how}`, code: info.code, signal: info.signal, pid: this.opened.pid });
      },
    });
    this.held = new HeldRequests({
      clock: deps.clock,
      capabilities: deps.spec.capabilities,
      timeoutMs: deps.spec.timeouts.serverRequestMs,
      send: (m) => this.send(m as unknown as Record<string, unknown>).written,
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
      heldByPerson: () => this.held.list().length > 0,
      note: (text) => deps.append({ kind: "lifecycle", event: "note", text }),
      cancelsByClosingStream: () => this.era === "modern" && this.opened.transport.hasPerRequestStream === true,
    });
    this.tasks = new TaskFollower({
      clock: deps.clock,
      request: (method, params, opts) => this.requests.start(method, params, this.spec.timeouts.requestMs, opts),
      askPerson: async (inputRequests, where) => {
        const r = await gatherInput({ resultType: "input_required", inputRequests: inputRequests as InputRequiredResult["inputRequests"] }, this.held, where);
        return "error" in r ? undefined : (r.retryParams.inputResponses as Record<string, unknown> | undefined);
      },
    });
    this.subscriptions = new Subscriptions({ clock: deps.clock, era: () => this.era, request: (method, params, opts) => this.requests.start(method, params, this.spec.timeouts.requestMs, opts) });
    this.tapped = new TappedTransport(this.opened.transport, {
      outgoing: (m) => this.recordOutgoing(m),
      intercept: (m) => this.intercept(m),
      mayClose: () => !this.handshaking || this.closing,
      error: (err) => this.transportError(err),
    });
  }

  /** The SDK client's errors, recorded once: those the transport reported are already in. */
  protocolError(err: Error): void {
    if (this.fromTransport.has(err)) return;
    this.deps.append({ kind: "lifecycle", event: "transport-error", text: `protocol error: ${err.message}` });
  }

  private transportError(err: Error): void {
    this.fromTransport.add(err);
    if (!this.handshaking) this.deps.trouble();
    if (this.handshaking && this.deps.retrying) return;
    // The HTTP tap has already recorded a frame the SDK could not parse, marked undelivered with the reason.
    if (err.name === "ZodError" || err instanceof SyntaxError) return;
    this.deps.append({ kind: "lifecycle", event: "transport-error", text: `transport error: ${err.message}` });
  }

  /** Record a frame the engine sends and write it; the entry is there before the write starts. */
  send(message: Record<string, unknown>, extra: { retryOf?: number; requestSignal?: AbortSignal; recorded?: (entry: MessageEntry) => void } = {}): { entry: MessageEntry; written: Promise<void> } {
    const entry = this.recordOutgoing(message as JSONRPCMessage, extra.retryOf);
    extra.recorded?.(entry);
    const headers = this.paramHeaders(message);
    const options = extra.requestSignal || headers ? { ...(extra.requestSignal ? { requestSignal: extra.requestSignal } : {}), ...(headers ? { headers } : {}) } : undefined;
    const written = this.opened.transport.send(message as JSONRPCMessage, options);
    if (!this.handshaking) written.catch(() => this.deps.trouble());
    return { entry, written };
  }

  /** A notification, with the era's envelope. */
  notify(method: string, params?: Record<string, unknown>): Promise<void> {
    const envelope = this.envelope();
    const meta = envelope ? { ...envelope, ...((params?._meta as object | undefined) ?? {}) } : undefined;
    const p = meta ? { ...(params ?? {}), _meta: meta } : params;
    return this.send({ jsonrpc: "2.0", method, ...(p ? { params: p } : {}) }).written;
  }

  /** A modern tools/call's Mcp-Param-* headers, from the tool's inputSchema as last listed. */
  private paramHeaders(message: Record<string, unknown>): Record<string, string> | undefined {
    if (this.era !== "modern" || message.method !== "tools/call") return undefined;
    const params = message.params as { name?: unknown; arguments?: unknown } | undefined;
    const declared = typeof params?.name === "string" ? this.tools.get(params.name)?.headers : undefined;
    if (!declared?.length) return undefined;
    const headers = mcpParamHeaders(declared, params!.arguments);
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
    if (this.era !== "modern") return undefined;
    return {
      [PROTOCOL_VERSION_META_KEY]: this.protocolVersion,
      [CLIENT_INFO_META_KEY]: this.deps.clientInfo,
      [CLIENT_CAPABILITIES_META_KEY]: this.deps.clientCapabilities.modern,
      ...(this.logLevel ? { [LOG_LEVEL_META_KEY]: this.logLevel } : {}),
    };
  }

  private recordOutgoing(m: JSONRPCMessage, retryOf?: number): MessageEntry {
    const text = JSON.stringify(m);
    const entry = this.deps.append({ kind: "message", dir: "client->server", message: m, size: Buffer.byteLength(text), ...(retryOf ? { retryOf } : {}) }) as MessageEntry;
    if (this.handshaking && isRequest(m)) {
      if (typeof m.id === "number") this.highestSdkId = Math.max(this.highestSdkId, m.id);
      if (m.method === "initialize" || m.method === "server/discover") this.handshakeRequest = entry;
    }
    return entry;
  }

  /** Everything the transport received, as recorded, before it is delivered. */
  private onEntry(entry: Entry): void {
    if (entry.kind === "stdout-noise" && this.stdoutNoise.length < STDOUT_NOISE_KEPT) this.stdoutNoise.push(entry.text);
    if (entry.kind === "http" && entry.http.status >= 400) this.lastHttpErrorBody = entry.text;
    if (entry.kind !== "message" || entry.dir !== "server->client") return;
    if (entry.http && entry.http.status >= 400) this.lastHttpErrorBody = entry.raw ?? JSON.stringify(entry.message);
    this.lastIncomingSeq = entry.seq;
    if (entry.pair) {
      if (entry.pair.seq === this.handshakeRequest?.seq) this.handshakeResponse = entry;
      else if (!this.requests.takeResponse(entry)) return;
      if (entry.pair.method === "tools/list") this.learnTools(entry.message);
      this.tasks.observe(entry);
      return;
    }
    const m = entry.message as { method?: unknown; params?: Record<string, unknown>; id?: unknown };
    if (isResponse(entry.message) && !this.handshaking && !entry.undelivered) {
      this.deps.append({ kind: "lifecycle", event: "transport-error", text: `protocol error: received a response for an unknown message ID ${JSON.stringify(m.id)}: no request of this connection has that id; the client drops it` });
      return;
    }
    if (m.method === "notifications/progress") this.requests.takeProgress(m.params);
    else if (m.method === "notifications/tasks/status") this.tasks.observe(entry);
    else this.subscriptions.observe(entry);
  }

  /**
   * First look at every delivered frame: the SDK client sees the handshake and the server's
   * requests that nobody holds for the person (it answers ping, and -32601 to what it does not
   * know); the engine took responses and notifications when they were recorded.
   */
  private intercept(m: JSONRPCMessage): boolean {
    if (this.held.intercept(m, this.lastIncomingSeq)) return true;
    if (this.handshaking) return false;
    return !isRequest(m);
  }

  private learnTools(message: unknown): void {
    const tools = (message as { result?: { tools?: unknown } }).result?.tools;
    if (!Array.isArray(tools)) return;
    for (const t of tools) {
      if (t && typeof t === "object" && typeof (t as { name?: unknown }).name === "string") {
        const outputSchema = (t as { outputSchema?: unknown }).outputSchema;
        const headers = headerDeclarations((t as { inputSchema?: unknown }).inputSchema);
        this.tools.set((t as { name: string }).name, { outputSchema: outputSchema && typeof outputSchema === "object" ? outputSchema : undefined, headers });
      }
    }
  }
}
