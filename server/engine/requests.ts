import type { MessageEntry } from "../../lib/record/format";
import { isObject } from "../../lib/json/shape";
import type { JsonRpcId } from "../../lib/protocol/jsonrpc";
import type { JsonRpcError } from "../../lib/wire/protocol";
import type { Clock } from "./clock";
import { CallTimer } from "./call-timer";
import type { RequestSignal } from "./cancel-signal";
import { EngineError, RpcError } from "./errors";
import { FaultError, streamEnded, writeFailure, type FaultName } from "./faults";
import { joinTraceMeta, type TraceMeta } from "../otel/trace-context";

export interface RequestOptions {
  timeoutMs?: number;
  /** Ends the request (cancelled) when it aborts: an AbortSignal, or the page's lighter CancelSignal. */
  signal?: RequestSignal;
  /** Attach a progress token (the request id, as the SDK does) so the server may report progress. */
  progress?: boolean;
  resetTimeoutOnProgress?: boolean;
  maxTotalTimeoutMs?: number;
  /** Called with each notifications/progress params for this request. */
  onProgress?(params: Record<string, unknown>): void;
  /** The record seq of a request this one retries (an MRTR round): kept on the new request's entry. */
  retryOf?: number;
}

/** What one sent request ends with: the response entry, or why it ended without one. */
export interface Settled {
  response: MessageEntry;
  durationMs: number;
}

/**
 * A request on its way: where it was recorded, its progress token, and how it ends. The one
 * handle every caller (the page's socket, the CLI, check, replay) holds; nothing else matches
 * responses to requests.
 */
export interface RequestHandle {
  requestSeq: number;
  id: number;
  progressToken?: number;
  outcome: Promise<Settled>;
}

export interface OutgoingRequestsOptions {
  clock: Clock;
  /**
   * Record and send one frame. A request is known here before it is sent: an in-memory peer may
   * answer inside the write, and the answer must find it.
   */
  send(
    message: Record<string, unknown>,
    extra?: { retryOf?: number; requestSignal?: AbortSignal; onStreamEnd?: () => void },
  ): { entry: MessageEntry; written: Promise<void> };
  /**
   * True when each request has its own response stream (Streamable HTTP): its end without the
   * answer (a reset, a close) fails the call at once, named, instead of leaving it to its timeout.
   */
  perRequestStreams?(): boolean;
  /** How a request's own response stream broke, when the transport saw it (told once). */
  streamBreak?(id: number): { fault: FaultName; words: string } | undefined;
  /** Why a request has had no answer, as the transport sees it (a stalled stream, unread stdin), said when it times out. */
  silence?(id: number): { fault: FaultName; words: string } | undefined;
  /** A request ended by a fault below MCP (a reset, an HTTP status, a stall, unread stdin), as it ends. */
  faulted?(err: FaultError, method: string): void;
  /**
   * True when ending a call means closing its own HTTP stream (2026-07-28 over Streamable HTTP:
   * the spec makes that the cancellation) rather than sending notifications/cancelled.
   */
  cancelsByClosingStream(): boolean;
  /** Request ids the SDK already used (the handshake), so ours never collide. */
  firstId(): number;
  /** Fields every request carries in `_meta` in this era (the 2026-07-28 envelope); undefined for 2025. */
  envelope(): Record<string, unknown> | undefined;
  /**
   * With OpenTelemetry export on: `traceparent` (and `tracestate`) for one request, carried in
   * `params._meta` as the MCP semantic conventions say. Absent when export is off.
   */
  traceMeta?: TraceMeta;
  /** True while a server request waits on the person: call timers stand still. */
  heldByPerson(): boolean;
  /** A note for the record (a late answer after a cancel, say). */
  note(text: string): void;
}

interface InFlight {
  id: number;
  method: string;
  sentAt: number;
  timer: CallTimer;
  opts: RequestOptions;
  /**
   * Closes the call's own HTTP stream, when that is how a call ends (see cancelsByClosingStream);
   * made only then: an AbortController per call showed in bench figure 1's CPU profile (stdio,
   * where nothing would ever abort it).
   */
  stream?: AbortController;
  resolve(s: Settled): void;
  reject(e: Error): void;
  unlisten(): void;
}

const ENDED_KEPT = 256;

const seconds = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(2))} s`);

/**
 * The engine's requests to the target: it assigns ids and progress tokens, records and sends each
 * request, keeps its time limits (on the injected clock), sends notifications/cancelled when a
 * call is ended, and settles each request by its id from the response the connection paired
 * with it (the response entry is recorded with its `pair` first).
 */
export class OutgoingRequests {
  private nextId: number | undefined;
  /**
   * Calls waiting for their answer, by JSON-RPC id (as the SDK's Protocol keys its response
   * handlers). A call's progress token is its id, so progress finds its call here too.
   */
  private readonly byId = new Map<number, InFlight>();
  /** Ids of requests this side ended before their answer (cancelled, timed out): the newest few, and how. */
  private readonly ended = new Map<number, string>();

  constructor(private readonly opts: OutgoingRequestsOptions) {}

  /** Send a request; its handle says where it was recorded at once and settles with its response. */
  start(method: string, params: Record<string, unknown> | undefined, defaultTimeoutMs: number, opts: RequestOptions = {}): RequestHandle {
    const id = (this.nextId ??= this.opts.firstId());
    this.nextId = id + 1;
    const envelope = this.opts.envelope();
    // With export on, the trace context joins the caller's `_meta` (the caller's keys win); the
    // common call has no `_meta` of its own, and then the trace context is used as it is.
    const callerMeta = isObject(params?._meta) ? params._meta : undefined;
    const own = this.opts.traceMeta ? joinTraceMeta(this.opts.traceMeta, callerMeta) : params?._meta;
    const meta = requestMeta(envelope, own, opts.progress ? id : undefined);
    // Built by assignment, not conditional spreads: those were most of this function's time in an
    // in-process call (bench figure 9.2, profiled). The params are copied, never the caller's object.
    const outParams = meta ? { ...params, _meta: meta } : params && { ...params };
    const message = outParams ? { method, params: outParams, jsonrpc: "2.0", id } : { method, jsonrpc: "2.0", id };

    const timeoutMs = opts.timeoutMs ?? defaultTimeoutMs;
    let call!: InFlight;
    const outcome = new Promise<Settled>((resolve, reject) => {
      const timer = new CallTimer(this.opts.clock, timeoutMs, opts.maxTotalTimeoutMs || undefined, (which) => {
        // Asked before the call ends: a stalled stream's half-written event is recorded while it is open.
        const silence = this.opts.silence?.(id);
        const why = silence ? `; ${silence.words}` : "";
        const ended = this.opts.cancelsByClosingStream() ? "its stream was closed" : "notifications/cancelled was sent";
        this.end(
          call,
          which === "total"
            ? `${method} timed out: the server did not answer within the maximum total time of ${seconds(opts.maxTotalTimeoutMs!)}${why} (${ended})`
            : `${method} timed out: the server did not answer within ${seconds(timeoutMs)}${opts.resetTimeoutOnProgress ? " of its last progress" : ""}${why} (${ended})`,
          "timeout",
          undefined,
          silence,
        );
      });
      call = {
        id,
        method,
        sentAt: this.opts.clock.now(),
        timer,
        opts,
        stream: this.opts.cancelsByClosingStream() ? new AbortController() : undefined,
        resolve,
        reject,
        unlisten: nothing,
      };
    });
    this.byId.set(id, call);
    // Made only over Streamable HTTP (a closure per call costs on stdio's hot path, as the AbortController did).
    const onStreamEnd = this.opts.perRequestStreams?.()
      ? () => this.fail(call, streamEnded(method, this.opts.streamBreak?.(id)))
      : undefined;
    const { entry, written } = this.opts.send(message, { retryOf: opts.retryOf, requestSignal: call.stream?.signal, onStreamEnd });
    written.catch((err: unknown) => this.fail(call, writeFailure(method, err)));

    const signal = opts.signal;
    if (signal) {
      const onAbort = () =>
        this.end(call, `${method} cancelled: ${String(signal.reason ?? "aborted")}`, "cancelled", String(signal.reason ?? "aborted"));
      if (signal.aborted) queueMicrotask(onAbort);
      else {
        signal.addEventListener("abort", onAbort, { once: true });
        call.unlisten = () => signal.removeEventListener("abort", onAbort);
      }
    }
    call.timer.start(this.opts.heldByPerson());
    const handle: RequestHandle = { requestSeq: entry.seq, id, outcome };
    if (opts.progress) handle.progressToken = id;
    return handle;
  }

  /**
   * The response (already recorded, paired with its request) to the request with this id: settle
   * the call. A frame the client cannot accept (not valid JSON-RPC) ends the call now, saying why,
   * instead of waiting out its timeout. True when the response was ours (or answers one we ended).
   */
  takeResponse(id: JsonRpcId, entry: MessageEntry): boolean {
    const call = typeof id === "number" ? this.byId.get(id) : undefined;
    if (!call) {
      const how = typeof id === "number" ? this.ended.get(id) : undefined;
      if (!how) return false;
      this.opts.note(`the answer to request ${id} arrived after the call ended (${how}): it crossed the cancellation; the client drops it`);
      return true;
    }
    if (entry.undelivered) {
      this.fail(
        call,
        new EngineError(
          "invalid-response",
          `the server answered ${call.method} (entry #${entry.seq}) with a frame the client cannot accept: ${entry.undelivered}`,
        ),
      );
      return true;
    }
    this.forget(call);
    const error = isObject(entry.message) ? entry.message.error : undefined;
    if (error) call.reject(new RpcError(error as JsonRpcError, entry));
    else call.resolve({ response: entry, durationMs: this.opts.clock.now() - call.sentAt });
    return true;
  }

  /** notifications/progress for one of ours: restart its idle limit when asked. True when it was ours. */
  takeProgress(params: Record<string, unknown> | undefined): boolean {
    const token = params?.progressToken;
    if (typeof token !== "string" && typeof token !== "number") return false;
    // Our tokens are numbers (the call's id): a string token, even "5", is not ours.
    const found = typeof token === "number" ? this.byId.get(token) : undefined;
    const call = found?.opts.progress ? found : undefined;
    if (!call) {
      const how = typeof token === "number" ? this.ended.get(token) : undefined;
      if (!how) return false;
      this.opts.note(
        `progress for request ${token} arrived after the call ended (${how}): the server's work crossed the cancellation; the client drops it`,
      );
      return true;
    }
    if (call.opts.resetTimeoutOnProgress) call.timer.touch();
    call.opts.onProgress?.(params!);
    return true;
  }

  /** A server request now waits on the person (or no longer does): every call's clock stands still (or runs). */
  personWaiting(waiting: boolean): void {
    for (const call of this.byId.values()) {
      if (waiting) call.timer.pause();
      else call.timer.resume();
    }
  }

  /** The connection ended: every call still waiting fails with `why`. */
  closeAll(why: () => Error): void {
    for (const call of [...this.byId.values()]) this.fail(call, why());
  }

  /** End a call on this side: tell the server (notifications/cancelled) and fail it with `message`. */
  private end(
    call: InFlight,
    message: string,
    how: "cancelled" | "timeout",
    reason = message,
    fault?: { fault: FaultName; words: string },
  ): void {
    if (this.byId.get(call.id) !== call) return;
    this.ended.set(call.id, how === "timeout" ? "timed out" : "cancelled");
    if (this.ended.size > ENDED_KEPT) this.ended.delete(this.ended.keys().next().value!);
    this.fail(call, fault ? new FaultError(how, message, fault.fault, fault.words) : new EngineError(how, message));
    if (call.stream) {
      call.stream.abort(message);
      this.opts.note(
        `request ${call.id} (${call.method}) ended by closing its HTTP stream: in the 2026-07-28 era that is the cancellation (${reason})`,
      );
      return;
    }
    this.opts
      .send({ jsonrpc: "2.0", method: "notifications/cancelled", params: { requestId: call.id, reason, ...this.envelopeMeta() } })
      .written.catch(() => undefined);
  }

  /** The era's `_meta` envelope for a notification this side sends (2026-07-28: on every message). */
  private envelopeMeta(): { _meta?: Record<string, unknown> } {
    const envelope = this.opts.envelope();
    return envelope ? { _meta: envelope } : {};
  }

  private fail(call: InFlight, err: Error): void {
    if (this.byId.get(call.id) !== call) return;
    this.forget(call);
    if (err instanceof FaultError) this.opts.faulted?.(err, call.method);
    call.reject(err);
  }

  private forget(call: InFlight): void {
    call.timer.stop();
    call.unlisten();
    this.byId.delete(call.id);
  }
}

const nothing = () => undefined;

/** A request's `_meta`: the era's envelope, then the caller's own keys, then the progress token; undefined when empty. */
function requestMeta(
  envelope: Record<string, unknown> | undefined,
  own: unknown,
  progressToken: number | undefined,
): Record<string, unknown> | undefined {
  if (progressToken !== undefined) {
    // The common case (a call with a token and nothing else) without a copy or a count of keys.
    if (!envelope && !isObject(own)) return { progressToken };
    return { ...envelope, ...(isObject(own) ? own : undefined), progressToken };
  }
  if (!envelope && !isObject(own)) return undefined;
  const meta = { ...envelope, ...(isObject(own) ? own : undefined) };
  for (const _ in meta) return meta;
  return undefined;
}
