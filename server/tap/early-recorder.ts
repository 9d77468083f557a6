import type { TapRecorder, TapStream } from "./recorder";

/** What forwarding hands the recording side: each chunk after it was passed on, the server's lifecycle, the ends. */
export type ForwardingRecorder = Pick<TapRecorder, "chunk" | "lifecycle" | "flush" | "end">;

/**
 * The recorder's stand-in while it loads (issue 90 item 1): a stdio tap spawns its server and
 * forwards before the record, the lint and the journal are loaded (a host such as Cline gives up
 * on a server that has not answered in about 2.4 s). What forwarding hands over meanwhile is kept
 * in order, each with the time it happened, and given to the recorder when it is attached; from
 * then on every call goes straight to it.
 */
export class EarlyRecorder implements ForwardingRecorder {
  private real?: TapRecorder;
  private waiting: Array<(r: TapRecorder) => void> = [];
  /** Nothing will record (the recorder could not load): forwarding goes on, nothing is kept. */
  private discarding = false;

  /** The recorder, once attached: restarts need its pairing (SIGUSR2, --watch and the page start after it is). */
  get loaded(): TapRecorder {
    if (!this.real) throw new Error("the tap's recording has not started yet");
    return this.real;
  }

  chunk(stream: TapStream, chunk: Buffer, gen = 0): void {
    if (this.real) return this.real.chunk(stream, chunk, gen);
    const at = performance.now();
    this.later((r) => r.chunk(stream, chunk, gen, at));
  }

  lifecycle(event: Parameters<TapRecorder["lifecycle"]>[0], text: string): void {
    if (this.real) return this.real.lifecycle(event, text);
    const at = performance.now();
    this.later((r) => r.lifecycle(event, text, at));
  }

  flush(): void {
    if (this.real) this.real.flush();
    else this.later((r) => r.flush());
  }

  end(): void {
    if (this.real) this.real.end();
    else this.later((r) => r.end());
  }

  /** The recorder has loaded: what came before goes to it, in order, with its own times. */
  attach(recorder: TapRecorder): void {
    this.real = recorder;
    const waiting = this.waiting;
    this.waiting = [];
    for (const f of waiting) f(recorder);
  }

  /** The recorder cannot load: drop what waits and keep nothing more (forwarding never depended on it). */
  discard(): void {
    this.discarding = true;
    this.waiting = [];
  }

  private later(f: (r: TapRecorder) => void): void {
    if (!this.discarding) this.waiting.push(f);
  }
}
