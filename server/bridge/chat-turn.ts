import type { ChatStop, ModelFailure, WaitingCall } from "../../lib/wire/chat";

type Decision = "approved" | "denied";

/**
 * One turn of a conversation as the page drives it: the model loop runs on, and stops for the
 * person at each tool call that needs a decision. `next()` resolves where the turn stands: the
 * calls waiting, or its end. The page asks again after each decision (`chat-decide`), so the
 * turn is plain request/response on the socket and nothing is pushed outside the record.
 */
export class ChatTurn {
  private readonly waiting = new Map<string, { call: WaitingCall; decide(d: Decision): void }>();
  private wake?: () => void;
  private ended?: ChatStop;
  readonly abort = new AbortController();

  /** Runs the loop; its end (or failure, already in words) ends the turn. */
  constructor(run: (turn: ChatTurn) => Promise<ChatStop>, failure: (e: unknown) => ModelFailure) {
    void run(this).then(
      (stop) => this.end(stop),
      (e: unknown) => this.end({ state: "failed", error: failure(e) }),
    );
  }

  get done(): boolean {
    return this.ended !== undefined;
  }

  /** The loop asks the person about `call`: resolves with their decision (denied when the turn is stopped). */
  ask(call: WaitingCall): Promise<Decision> {
    if (this.abort.signal.aborted) return Promise.resolve("denied");
    return new Promise<Decision>((resolve) => {
      this.waiting.set(call.callId, { call, decide: resolve });
      this.wake?.();
    });
  }

  /** The person's decision on a waiting call; false when no call of that id waits. */
  decide(callId: string, decision: Decision): boolean {
    const w = this.waiting.get(callId);
    if (!w) return false;
    this.waiting.delete(callId);
    w.decide(decision);
    return true;
  }

  /** Stop the turn: the model request is aborted and every waiting call denied. */
  stop(): void {
    this.abort.abort(new Error("stopped by the person"));
    for (const id of [...this.waiting.keys()]) this.decide(id, "denied");
  }

  /** Where the turn stands: at once when calls wait or it ended, else when either happens. */
  next(): Promise<ChatStop> {
    const now = this.stand();
    if (now) return Promise.resolve(now);
    return new Promise<ChatStop>((resolve) => {
      this.wake = () => {
        const s = this.stand();
        if (!s) return;
        this.wake = undefined;
        resolve(s);
      };
    });
  }

  private stand(): ChatStop | undefined {
    if (this.waiting.size) return { state: "waiting", calls: [...this.waiting.values()].map((w) => w.call) };
    return this.ended;
  }

  private end(stop: ChatStop): void {
    this.ended = stop;
    this.wake?.();
  }
}
