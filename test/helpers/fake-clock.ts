import type { Clock } from "../../server/engine";

/**
 * A clock that moves only when the test says so: time limits are tested without sleeping.
 * `advance` runs every timer that falls due, in order, including timers set by those timers.
 */
export class FakeClock implements Clock {
  private t = 0;
  private nextHandle = 1;
  private readonly timers = new Map<number, { at: number; fn: () => void }>();

  now(): number {
    return this.t;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const handle = this.nextHandle++;
    this.timers.set(handle, { at: this.t + Math.max(0, ms), fn });
    return handle;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Timers waiting now. */
  get pending(): number {
    return this.timers.size;
  }

  /** Move time forward by `ms`, running what falls due (and letting promises settle between). */
  async advance(ms: number): Promise<void> {
    const until = this.t + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, v]) => v.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.t = due[1].at;
      due[1].fn();
      await new Promise((r) => setImmediate(r));
    }
    this.t = until;
    await new Promise((r) => setImmediate(r));
  }
}
