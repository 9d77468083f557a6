import type { ClientRequest, IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import type { HttpFacts } from "../../lib/record/format";
import { isObject } from "../../lib/json/shape";
import { endToEnd } from "./http-forward";
import type { TapRecorder } from "./recorder";
import { RESTARTED_CODE } from "./stdio-tap";

/** Times one host request goes upstream at most (the first, and again after a refused connection or a forgotten session). */
export const RESEND_LIMIT = 3;
/** An error answer kept while the tap decides whether the host gets it (a 404 for a forgotten session), at most this long. */
const MAX_KEPT_ANSWER = 64 * 1024;

/** The messages of a POST body (one, or a batch), or none when it is not JSON. */
function messagesOf(text: string): Record<string, unknown>[] {
  try {
    const v: unknown = JSON.parse(text);
    return (Array.isArray(v) ? v : [v]).filter(isObject);
  } catch {
    return [];
  }
}

/** A blank line ends the bytes sent so far: an event of the tap's own may follow without joining one of the server's. */
function atEventEnd(tail: string): boolean {
  return tail.endsWith("\n\n") || tail.endsWith("\r\r") || tail.endsWith("\r\n\r\n") || tail.endsWith("\n\r\n");
}

const sseEvent = (json: string) => `event: message\ndata: ${json}\n\n`;

/**
 * One request of the host and its answer, across the attempts a restart may take: the host's body
 * (kept up to a bound, to go again), the requests in it still unanswered, where the answer stands
 * (headers sent, an SSE event half written), and what the tap itself may write to the host on it:
 * the "server restarted" error, a restart's list_changed on a GET stream.
 */
export class Exchange {
  private chunks: Buffer[] = [];
  private kept = 0;
  private over = false;
  private done = false;
  private readonly endWaiters: Array<() => void> = [];
  /** The host's requests in this exchange not answered yet (id → method). */
  private readonly open = new Map<unknown, string>();
  private up?: ClientRequest;
  private facts?: HttpFacts;
  private recorded = false;
  private tail = "\n\n";
  private pending: string[] = [];
  private keptAnswer?: { status: number; message?: string; headers: IncomingHttpHeaders; body: Buffer[] };
  /** The host's initialize (body as sent, its id) or initialized, when this exchange carried one. */
  init?: { body: string; id: unknown };
  initialized?: string;
  attempts = 0;
  /** The host has its whole answer (or its stream was ended): nothing more goes on it. */
  answered = false;
  /** The host went away. */
  closed = false;
  /** A GET stream opened again upstream after a restart (the host's end of it never closed). */
  reopened = false;

  constructor(
    readonly method: string,
    readonly headers: OutgoingHttpHeaders,
    private readonly res: ServerResponse,
    private readonly recorder: TapRecorder,
    private readonly maxBody: number,
  ) {}

  /** A chunk of the host's body (already forwarded): kept for the record and for going again, up to the bound. */
  keep(c: Buffer): void {
    if (this.over) return;
    this.kept += c.length;
    // A body without end from the host must not grow the tap's memory (red-team 7): past the bound it is only forwarded.
    if (this.kept <= this.maxBody) return void this.chunks.push(c);
    this.over = true;
    this.chunks = [];
    this.recorder.lifecycle("note", `the host sent a request body over ${this.maxBody} bytes: forwarded whole, not recorded`);
  }

  /** The host's body is in: its requests (to answer if the server goes), its initialize or initialized. */
  ended(): void {
    this.done = true;
    if (!this.over && this.kept > 0) {
      const text = this.body().toString("utf8");
      for (const m of messagesOf(text)) {
        const isRequest = typeof m.method === "string" && m.id !== undefined && m.id !== null;
        if (isRequest) this.open.set(m.id, m.method as string);
        // By the message's own method: a call whose arguments held "initialize" is no initialize (red-team 7).
        if (m.method === "initialize" && isRequest) this.init = { body: text, id: m.id };
        if (m.method === "notifications/initialized") this.initialized = text;
      }
      if (this.facts) this.recordHost();
    }
    for (const w of this.endWaiters.splice(0)) w();
  }

  whenEnded(): Promise<void> {
    return this.done ? Promise.resolve() : new Promise((r) => this.endWaiters.push(r));
  }

  body(): Buffer {
    return Buffer.concat(this.chunks);
  }

  /** The whole body is kept: the request can go again. */
  get resendable(): boolean {
    return !this.over;
  }

  get openRequests(): number {
    return this.open.size;
  }

  carries(sessionId: string | undefined): boolean {
    return sessionId !== undefined && this.headers["mcp-session-id"] === sessionId;
  }

  upstream(up: ClientRequest): void {
    this.up = up;
    this.attempts++;
  }

  /** A message of the answer (as recorded): a response to one of the host's requests closes it. */
  seen(text: string): void {
    if (!text.includes('"id"')) return;
    for (const m of messagesOf(text)) if (m.method === undefined && ("result" in m || "error" in m)) this.open.delete(m.id);
  }

  /** The answer's status and headers go to the host (once: a re-opened stream keeps the ones it had). */
  begin(status: number, message: string | undefined, headers: OutgoingHttpHeaders, facts: HttpFacts): void {
    this.facts = facts;
    this.res.writeHead(status, message, headers);
    this.res.flushHeaders();
    if (this.done) this.recordHost();
  }

  write(c: Buffer, from: IncomingMessage): void {
    if (!this.res.write(c)) {
      from.pause();
      this.res.once("drain", () => from.resume());
    }
    this.tail = (this.tail + c.subarray(-4).toString("latin1")).slice(-4);
    if (this.pending.length && atEventEnd(this.tail)) this.res.write(this.pending.splice(0).join(""));
  }

  finish(): void {
    if (this.answered) return;
    this.answered = true;
    this.res.end();
  }

  /** The server's answer ended short (it went): the host sees it end so, as it would without the tap. */
  cut(): void {
    if (this.answered) return;
    this.answered = true;
    if (this.res.headersSent) this.res.destroy();
    else this.res.writeHead(502, { "content-type": "text/plain" }).end("the server's connection ended before it answered\n");
  }

  fail(text: string): void {
    if (this.answered) return;
    this.answered = true;
    if (this.res.headersSent) this.res.destroy();
    else this.res.writeHead(502, { "content-type": "text/plain" }).end(`${text}\n`);
  }

  hostClosed(): void {
    this.closed = true;
    if (!this.answered) this.up?.destroy();
  }

  /** An answer kept back (a 404 for the host's session) while the tap decides; `then` when it is read. */
  keepAnswer(ures: IncomingMessage, then: () => void): void {
    const kept = { status: ures.statusCode ?? 0, message: ures.statusMessage, headers: ures.headers, body: [] as Buffer[] };
    let size = 0;
    ures.on("data", (c: Buffer) => {
      size += c.length;
      if (size <= MAX_KEPT_ANSWER) kept.body.push(c);
    });
    ures.on("end", () => {
      this.keptAnswer = kept;
      then();
    });
    ures.on("error", () => this.fail("the server's answer ended short"));
  }

  /** The server did not come back: the host gets the answer it sent (kept), or a 502 saying so. */
  giveUp(): void {
    const k = this.keptAnswer;
    if (!k || this.res.headersSent) return this.fail("the server did not answer again");
    this.answered = true;
    this.res.writeHead(k.status, k.message, endToEnd(k.headers)).end(Buffer.concat(k.body));
  }

  /** The record gets the host's body once, with the exchange's facts. */
  private recordHost(): void {
    if (this.recorded || !this.facts || this.over) return;
    this.recorded = true;
    const text = this.body().toString("utf8").trim();
    if (text) this.recorder.frame("host", text, { ...this.facts });
  }

  /**
   * The server restarted before it answered: each of the host's requests still open here gets a
   * JSON-RPC error saying so (as the stdio tap's), as an SSE event on a stream already begun, else
   * as a JSON answer. An answer already begun as JSON cannot take more: it ends short.
   */
  restartError(): { failed: number } {
    const errors = [...this.open].map(([id, method]) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id,
        error: {
          code: RESTARTED_CODE,
          message: `the server restarted (mcp-inspector-harness tap) before it answered this ${method} request`,
        },
      }),
    );
    this.open.clear();
    if (this.answered || this.closed) return { failed: 0 };
    if (!errors.length) {
      this.cut();
      return { failed: 0 };
    }
    const sse = this.res.headersSent && (this.facts?.contentType?.includes("text/event-stream") ?? false);
    if (this.res.headersSent && !sse) {
      this.cut();
      return { failed: 0 };
    }
    if (!this.res.headersSent) {
      this.facts = { method: this.method, status: 200, contentType: "application/json" };
      this.res.writeHead(200, { "content-type": "application/json" });
      this.res.end(errors.length === 1 ? errors[0] : `[${errors.join(",")}]`);
    } else {
      this.res.end((atEventEnd(this.tail) ? "" : "\n\n") + errors.map(sseEvent).join(""));
    }
    this.answered = true;
    this.recordHost();
    for (const e of errors) this.recorder.frame("server", e, { ...this.facts! });
    return { failed: errors.length };
  }

  /** A restart's list_changed on this GET stream: false when it is no open SSE stream to the host. */
  notify(methods: string[]): boolean {
    if (this.answered || this.closed || !this.res.headersSent || !this.facts) return false;
    const frames = methods.map((m) => JSON.stringify({ jsonrpc: "2.0", method: m }));
    const text = frames.map(sseEvent).join("");
    // Mid-event (a chunk of the server's ended inside one): ours waits for its blank line.
    if (atEventEnd(this.tail)) this.res.write(text);
    else this.pending.push(text);
    for (const f of frames) this.recorder.frame("server", f, { ...this.facts });
    return true;
  }
}
