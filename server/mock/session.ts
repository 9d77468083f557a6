import { RpcErrorCode } from "../../lib/protocol/error-codes";
import { diffJson, normalizeVolatile } from "../../lib/session/json-diff";
import { isNotification, isRequest, isResponse, type JsonRpcId } from "../../lib/protocol/jsonrpc";
import { closest, describeOp, findMatch, type Ignore } from "./match";
import { labelOf, type Exchange, type Outcome, type Script, type ServerAction } from "./script";
import type { Tally } from "./tally";
import { asRecord, objectOr } from "../../lib/json/shape";

/** Where a client's messages go back: stdout lines, or one HTTP response. */
export interface Channel {
  /** Called once before anything is sent, saying whether server messages come before or after the response. */
  open?(streaming: boolean): void;
  /** Returns false when the message cannot reach the client. */
  send(message: object): boolean;
}

export interface MockSessionOptions {
  ignore: Ignore;
  /** How long a played server request waits for the client's answer. */
  answerTimeoutMs: number;
}

/** Codes of the mock's own errors (JSON-RPC's standard ones: the client's request is what does not fit). */
export const UNKNOWN_METHOD = -32601;
export const NO_MATCHING_RECORDING = -32602;
export const INVALID_REQUEST = -32600;

/**
 * One client connection played from a recording: answers each request with the recorded
 * response that matches it, and plays the server's notifications and requests around it.
 */
export class MockSession {
  /** Recorded messages this client has played, so repeats take the next recording. */
  private readonly used = new Set<number>();
  private nextId = 0;
  private readonly waiting = new Map<string, (answer: Outcome | undefined) => void>();
  private closed = false;

  constructor(
    private readonly script: Script,
    private readonly tally: Tally,
    private readonly opts: MockSessionOptions,
  ) {}

  /** Handle one message from the client; everything it causes is sent through the channel. */
  async handle(message: unknown, channel: Channel): Promise<void> {
    if (isResponse(message)) return this.answered(message);
    if (isNotification(message)) return this.notified(message.method, message.params as Record<string, unknown> | undefined, channel);
    if (!isRequest(message)) {
      channel.open?.(false);
      channel.send({
        jsonrpc: "2.0",
        id: null,
        error: {
          code: INVALID_REQUEST,
          message: "Invalid Request: not a JSON-RPC request, notification or response (batches are not supported)",
        },
      });
      return;
    }
    const params = message.params as Record<string, unknown> | undefined;
    const refusal = this.eraRefusal(message.method);
    if (refusal) {
      channel.open?.(false);
      this.tally.notes.add(refusal.note);
      channel.send({ jsonrpc: "2.0", id: message.id, error: refusal.error });
      return;
    }
    const x =
      message.method === "initialize" || message.method === "server/discover"
        ? this.script.initialize
        : findMatch(this.script.exchanges, message.method, params, this.opts.ignore, this.used);
    if (!x) return this.unmatched(message.id, message.method, params, channel);
    if (x === this.script.initialize && this.script.era === "legacy" && params?.protocolVersion !== x.params?.protocolVersion) {
      this.tally.notes.add(
        `the client asked for protocol ${String(params?.protocolVersion)}; the recorded client asked for ${String(x.params?.protocolVersion)}, and the recorded answer (${String(asRecord(asRecord(x.response).result).protocolVersion)}) is what it gets`,
      );
    }
    this.use(x);
    channel.open?.(x.during.length + x.after.length > 0);
    await this.play(x.during, x, message, channel);
    if (x.response) channel.send({ jsonrpc: "2.0", id: message.id, ...x.response });
    await this.play(x.after, x, message, channel);
  }

  /**
   * The handshake of the other era, answered as the recorded server would: a 2026-07-28 server
   * refuses initialize with -32022 naming its version; a 2025 server does not know server/discover.
   */
  private eraRefusal(method: string): { error: { code: number; message: string; data?: unknown }; note: string } | undefined {
    if (method === "initialize" && this.script.era === "modern") {
      const supported = (initializeResult(this.script)?.supportedVersions as string[] | undefined) ?? ["2026-07-28"];
      return {
        error: {
          code: RpcErrorCode.UnsupportedProtocolVersion,
          message: "Unsupported protocol version: the recorded server speaks the 2026-07-28 era (server/discover)",
          data: { supported },
        },
        note: "the client sent initialize; the recording is of a 2026-07-28 server, so it was refused with -32022 as that server would",
      };
    }
    if (method === "server/discover" && this.script.era === "legacy") {
      return {
        error: { code: UNKNOWN_METHOD, message: "Method not found: server/discover (the recorded server speaks the 2025 era: initialize)" },
        note: "the client sent server/discover; the recording is of a 2025 server, which does not know it",
      };
    }
    return undefined;
  }

  /** End the connection: played requests still waiting for an answer stop waiting. */
  close(): void {
    this.closed = true;
    for (const resolve of this.waiting.values()) resolve(undefined);
    this.waiting.clear();
  }

  private use(x: Exchange): void {
    this.used.add(x.seq);
    this.tally.used.add(x.seq);
    this.tally.matched++;
  }

  private async notified(method: string, params: Record<string, unknown> | undefined, channel: Channel): Promise<void> {
    const x = findMatch(this.script.exchanges, method, params, this.opts.ignore, this.used, true);
    if (!x) {
      this.tally.ignoredNotifications++;
      return;
    }
    this.used.add(x.seq);
    this.tally.used.add(x.seq);
    channel.open?.(x.after.length + x.during.length > 0);
    await this.play([...x.during, ...x.after], x, undefined, channel);
  }

  private unmatched(id: JsonRpcId, method: string, params: Record<string, unknown> | undefined, channel: Channel): void {
    channel.open?.(false);
    const label = labelOf(method, params);
    if (this.answersBySpec(method)) {
      this.tally.answeredBySpec.set(method, (this.tally.answeredBySpec.get(method) ?? 0) + 1);
      channel.send({ jsonrpc: "2.0", id, result: {} });
      return;
    }
    const near = closest(this.script.exchanges, method, params, this.opts.ignore);
    let error: { code: number; message: string; data?: unknown };
    if (!near) {
      const methods = [...new Set(this.script.exchanges.filter((x) => !x.notification).map((x) => x.method))];
      error = { code: UNKNOWN_METHOD, message: `Method not found: ${method} is not in the recording (it has ${methods.join(", ")})` };
    } else {
      const where = near.diff.slice(0, 3).map(describeOp).join("; ") + (near.diff.length > 3 ? `; … ${near.diff.length - 3} more` : "");
      error = {
        code: NO_MATCHING_RECORDING,
        message: `no recorded ${label} matches this request: the closest is #${near.exchange.seq} ${labelOf(near.exchange.method, near.exchange.params)}, which differs at ${where}`,
        data: { closestSeq: near.exchange.seq, differences: near.diff },
      };
    }
    this.tally.unmatched.push({ label, code: error.code, message: error.message });
    channel.send({ jsonrpc: "2.0", id, error });
  }

  /**
   * Requests whose only answer is an empty result, which the recorded server had to give even
   * though this recording never asked: ping (every server), logging/setLevel (a server that
   * declared logging; clients such as the official inspector send it right after connecting).
   */
  private answersBySpec(method: string): boolean {
    if (method === "ping") return true;
    const caps = asRecord(initializeResult(this.script)?.capabilities);
    return method === "logging/setLevel" && "logging" in caps;
  }

  /** Play server messages in recorded order; a request waits for the client's answer and checks it. */
  private async play(
    actions: readonly ServerAction[],
    x: Exchange,
    live: { id: JsonRpcId; params?: unknown } | undefined,
    channel: Channel,
  ): Promise<void> {
    for (const a of actions) {
      if (this.closed) return;
      const params = this.rewrite(a, x, live);
      if (params === null) continue;
      if (a.kind === "notification") {
        if (!channel.send({ jsonrpc: "2.0", method: a.method, ...(params ? { params } : {}) })) this.tally.undelivered++;
        continue;
      }
      const id = this.nextId++;
      const answer = new Promise<Outcome | undefined>((resolve) => this.waiting.set(String(id), resolve));
      if (!channel.send({ jsonrpc: "2.0", id, method: a.method, ...(params ? { params } : {}) })) {
        this.waiting.delete(String(id));
        this.tally.undelivered++;
        continue;
      }
      const timer = setTimeout(() => this.waiting.get(String(id))?.(undefined), this.opts.answerTimeoutMs);
      const got = await answer;
      clearTimeout(timer);
      this.waiting.delete(String(id));
      this.check(a, got);
    }
  }

  /**
   * A played message's params for this client: a progress notification carries the live
   * request's token (none is sent when the client asked for none: null), and a cancellation of
   * the recorded request names the live one.
   */
  private rewrite(
    a: ServerAction,
    x: Exchange,
    live: { id: JsonRpcId; params?: unknown } | undefined,
  ): Record<string, unknown> | undefined | null {
    const p = a.params;
    if (!p || !live) return p;
    if (a.method === "notifications/progress" && x.progressToken !== undefined && p.progressToken === x.progressToken) {
      const token = asRecord(asRecord(live.params)._meta).progressToken;
      return token === undefined ? null : { ...p, progressToken: token };
    }
    if (a.method === "notifications/cancelled" && x.recordedId !== undefined && p.requestId === x.recordedId)
      return { ...p, requestId: live.id };
    return p;
  }

  private answered(message: { id: JsonRpcId | null; result?: unknown; error?: { code: number; message: string; data?: unknown } }): void {
    const resolve = this.waiting.get(String(message.id));
    if (resolve) resolve(message.error ? { error: message.error } : { result: message.result });
  }

  private check(a: ServerAction, got: Outcome | undefined): void {
    if (!got)
      return void this.tally.answerMismatch(
        a.seq,
        a.method,
        this.closed ? "the client went away before answering" : `no answer within ${this.opts.answerTimeoutMs} ms`,
      );
    if (!a.answer) return void this.tally.answerMismatch(a.seq, a.method, "the recording has no answer to compare with");
    const diff = diffJson(normalizeVolatile(a.answer), normalizeVolatile(got)).filter(
      (op) => !this.opts.ignore.some((m) => m(op.path, a.method, a.params)),
    );
    if (diff.length) this.tally.answerMismatch(a.seq, a.method, diff);
  }
}

/** The recorded answer to initialize (or server/discover): the script holds its response without an id. */
function initializeResult(script: Script): Record<string, unknown> | undefined {
  return objectOr(asRecord(script.initialize?.response).result);
}
