import { EventSchema, type CommandInput, type WireEvent, type ReplyError } from "./protocol";
import type { Entry } from "../record/format";
import type { SessionState } from "./session-state";

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

export interface InspectorClientHandlers {
  welcome?(e: Extract<WireEvent, { type: "welcome" }>): void;
  entries?(entries: Entry[]): void;
  state?(state: SessionState): void;
  /** A frame the backend refused, or one from the backend that did not validate. */
  problem?(message: string): void;
  closed?(code: number, reason: string): void;
}

type DistributiveOmit<T, K extends keyof never> = T extends unknown ? Omit<T, K> : never;
export type CommandBody = DistributiveOmit<CommandInput, "id">;

/**
 * Speaks the inspector's WebSocket protocol over any socket: commands return promises of
 * their replies; events go to the handlers. Used by the page, the tests and the benchmarks.
 */
export class InspectorClient {
  private nextId = 1;
  private readonly waiting = new Map<string, { resolve(v: unknown): void; reject(e: Error): void }>();
  lastSeq = 0;

  constructor(
    private readonly socket: SocketLike,
    private readonly handlers: InspectorClientHandlers = {},
    private readonly validate = true,
  ) {
    socket.onmessage = (ev) => this.onFrame(String(ev.data));
    socket.onclose = (ev) => {
      for (const w of this.waiting.values()) w.reject(new Error(`connection to the inspector closed (${ev.code})`));
      this.waiting.clear();
      this.handlers.closed?.(ev.code, ev.reason);
    };
  }

  /** Send a command; resolves with the reply's result, rejects with CommandFailed. */
  command<T = unknown>(body: CommandBody): Promise<T> {
    const id = `c${this.nextId++}`;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      try {
        this.socket.send(JSON.stringify({ ...body, id }));
      } catch (e) {
        this.waiting.delete(id);
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  }

  /** The id the next command will get, so a caller can cancel it later. */
  peekNextId(): string {
    return `c${this.nextId}`;
  }

  hello(since = this.lastSeq): Promise<{ firstSeq: number; lastSeq: number }> {
    return this.command({ type: "hello", since });
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
    let event = json as WireEvent;
    if (this.validate) {
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
      case "error":
        if (event.id && this.waiting.has(event.id)) {
          this.waiting.get(event.id)!.reject(new CommandFailed({ message: event.message }));
          this.waiting.delete(event.id);
          return;
        }
        return this.handlers.problem?.(event.message);
      case "reply": {
        const w = this.waiting.get(event.id);
        if (!w) return;
        this.waiting.delete(event.id);
        if (event.ok) w.resolve(event.result);
        else w.reject(new CommandFailed(event.error));
      }
    }
  }
}
