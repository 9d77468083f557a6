import { EventSchema, type AcceptedEvent, type CommandInput, type CommandType, type WireEvent, type ReplyError } from "./protocol";
import { parseReply, type ReplyOf } from "./replies";
import { eventByHand } from "./hand-checks";
import type { Entry } from "../record/format";
import type { SessionState } from "../session/state";

/** The parts of a WebSocket this client uses: the browser's and the `ws` package's both fit. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: unknown) => void) | null;
  onclose: ((ev: { code: number; reason: string }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
}

export class CommandFailed extends Error {
  constructor(readonly detail: ReplyError) {
    super(detail.message);
    this.name = "CommandFailed";
  }
}

/**
 * The socket closed after the backend had sent the command's request to the target: the call
 * goes on there, and its response lands in the record (`requestSeq` names the request), where a
 * page that reconnects finds it.
 */
export class SocketDropped extends Error {
  constructor(
    readonly requestSeq: number,
    code: number,
  ) {
    super(`the connection to the inspector dropped (${code}) after the request (#${requestSeq}) was sent`);
    this.name = "SocketDropped";
  }
}

export interface InspectorClientHandlers {
  welcome?(e: Extract<WireEvent, { type: "welcome" }>): void;
  entries?(entries: Entry[]): void;
  state?(state: SessionState): void;
  /** A command's request went to the target (also resolves that command's `accepted`). */
  accepted?(e: AcceptedEvent): void;
  /** A frame the backend refused, or one from the backend (or a reply) that did not validate. */
  problem?(message: string): void;
  closed?(code: number, reason: string): void;
}

type DistributiveOmit<T, K extends keyof never> = T extends unknown ? Omit<T, K> : never;
/** A command without its id (the client assigns ids). */
export type CommandBody = DistributiveOmit<CommandInput, "id">;
export type CommandBodyOf<K extends CommandType> = Extract<CommandBody, { type: K }>;

/** Where a request command's request is: its record entry and the progress token it carries. */
export type Accepted = Omit<AcceptedEvent, "type" | "id">;

/** A command on its way: its id (known at once, so it can be cancelled), then acceptance, then the reply. */
export interface SentCommand<K extends CommandType> {
  readonly id: string;
  /** The reply's result, checked against the command's reply schema; rejects with CommandFailed. */
  readonly reply: Promise<ReplyOf<K>>;
  /** When the request went to the target (request and call-tool); undefined when the command ended without one. */
  readonly accepted: Promise<Accepted | undefined>;
}

interface Waiting {
  type: CommandType;
  /** Set by the `accepted` event: the record seq of the request the backend sent. */
  requestSeq?: number;
  resolve(v: unknown): void;
  reject(e: Error): void;
  accept(a: Accepted | undefined): void;
}

/**
 * Speaks the inspector's WebSocket protocol over any socket: commands return their id and
 * promises of acceptance and reply; events go to the handlers. Used by the page, the tests and
 * the benchmarks.
 */
export class InspectorClient {
  private nextId = 1;
  private readonly waiting = new Map<string, Waiting>();
  lastSeq = 0;

  constructor(
    private readonly socket: SocketLike,
    private readonly handlers: InspectorClientHandlers = {},
    private readonly validate = true,
  ) {
    socket.onmessage = (ev) => this.onFrame(String(ev.data));
    socket.onclose = (ev) => {
      for (const w of this.waiting.values()) {
        settle(
          w,
          w.requestSeq !== undefined
            ? new SocketDropped(w.requestSeq, ev.code)
            : new Error(`the connection to the inspector dropped (${ev.code}) before the backend took the command: nothing was sent`),
        );
      }
      this.waiting.clear();
      this.handlers.closed?.(ev.code, ev.reason);
    };
  }

  /** Send a command: its id now, its acceptance and reply later. */
  send<K extends CommandType>(body: CommandBodyOf<K>): SentCommand<K> {
    const id = `c${this.nextId++}`;
    let accept!: (a: Accepted | undefined) => void;
    const accepted = new Promise<Accepted | undefined>((r) => (accept = r));
    const reply = new Promise<ReplyOf<K>>((resolve, reject) => {
      this.waiting.set(id, { type: body.type, resolve: resolve as (v: unknown) => void, reject, accept });
      try {
        this.socket.send(JSON.stringify({ ...body, id }));
      } catch (e) {
        this.waiting.delete(id);
        settle({ reject, accept }, e instanceof Error ? e : new Error(String(e)));
      }
    });
    return { id, reply, accepted };
  }

  /** Send a command; resolves with the reply's result, rejects with CommandFailed. */
  command<K extends CommandType>(body: CommandBodyOf<K>): Promise<ReplyOf<K>> {
    return this.send(body).reply;
  }

  /** Start receiving the record after `since`; `previews`: big tool results' replies carry a preview ahead of their entry. */
  hello(since = this.lastSeq, opts: { previews?: boolean } = {}): Promise<ReplyOf<"hello">> {
    return this.command({ type: "hello", since, ...(opts.previews ? { previews: true } : {}) });
  }

  close(): void {
    this.socket.close(1000, "bye");
  }

  private onFrame(text: string): void {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return this.handlers.problem?.("backend sent a frame that is not JSON");
    }
    // A batch (the entries a reply points to, then the reply) is one frame, handled in order.
    if (Array.isArray(json)) for (const e of json) this.onEvent(e);
    else this.onEvent(json);
  }

  private onEvent(json: unknown): void {
    let event = json as WireEvent;
    // A call's own events are checked by hand; anything that check does not vouch for, EventSchema decides.
    const quick = this.validate ? eventByHand<WireEvent>(json) : undefined;
    if (quick) event = quick;
    else if (this.validate) {
      const parsed = EventSchema.safeParse(json);
      if (!parsed.success) return this.handlers.problem?.(`backend sent an invalid frame: ${parsed.error.issues[0]?.message}`);
      event = parsed.data;
    }
    switch (event.type) {
      case "welcome":
        return this.handlers.welcome?.(event);
      case "entries":
        if (event.entries.length) this.lastSeq = event.entries[event.entries.length - 1].seq;
        return this.handlers.entries?.(event.entries);
      case "state":
        return this.handlers.state?.(event.state);
      case "accepted": {
        const { type: _t, id: _i, ...where } = event;
        const w = this.waiting.get(event.id);
        if (w) w.requestSeq = event.requestSeq;
        w?.accept(where);
        return this.handlers.accepted?.(event);
      }
      case "error": {
        const w = event.id ? this.waiting.get(event.id) : undefined;
        if (!w) return this.handlers.problem?.(event.message);
        this.waiting.delete(event.id!);
        return settle(w, new CommandFailed({ message: event.message }));
      }
      case "reply":
        return this.onReply(event);
    }
  }

  private onReply(event: Extract<WireEvent, { type: "reply" }>): void {
    const w = this.waiting.get(event.id);
    if (!w) return;
    this.waiting.delete(event.id);
    if (!event.ok) return settle(w, new CommandFailed(event.error));
    if (!this.validate) return settle(w, undefined, event.result);
    const parsed = parseReply(w.type, event.result);
    if (parsed.ok) return settle(w, undefined, parsed.reply);
    // A backend that breaks the contract is reported, and the caller gets an error, not bad data.
    this.handlers.problem?.(`backend sent an invalid reply: ${parsed.message}`);
    settle(w, new CommandFailed({ message: `the backend sent an invalid reply: ${parsed.message}` }));
  }
}

/** End a command: no acceptance is coming any more, then the reply or the error. */
function settle(w: Pick<Waiting, "reject" | "accept"> & { resolve?(v: unknown): void }, error: Error | undefined, result?: unknown): void {
  w.accept(undefined);
  if (error) w.reject(error);
  else w.resolve?.(result);
}
