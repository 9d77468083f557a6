import type { Clock } from "./clock";

/**
 * The time limits of one call the engine sent: an idle limit (restarted by progress when asked)
 * and an optional total. Both stand still while `pause()` is in force: a server request that a
 * call caused (sampling, elicitation) can wait on the person, and the person being slow is not
 * the server failing to answer.
 */
export class CallTimer {
  private idleLeft: number;
  private totalLeft: number | undefined;
  private since = 0;
  private timer: unknown;
  private paused = false;
  private done = false;

  constructor(
    private readonly clock: Clock,
    private readonly idleMs: number,
    totalMs: number | undefined,
    private readonly expire: (which: "idle" | "total") => void,
  ) {
    this.idleLeft = idleMs;
    this.totalLeft = totalMs;
  }

  start(paused: boolean): void {
    if (paused) this.paused = true;
    else this.arm();
  }

  /** Progress arrived: the idle limit starts over. */
  touch(): void {
    if (this.done) return;
    this.charge();
    this.idleLeft = this.idleMs;
    if (!this.paused) this.arm();
  }

  pause(): void {
    if (this.paused || this.done) return;
    this.charge();
    this.paused = true;
    this.clock.clearTimeout(this.timer);
  }

  resume(): void {
    if (!this.paused || this.done) return;
    this.paused = false;
    this.arm();
  }

  stop(): void {
    this.done = true;
    this.clock.clearTimeout(this.timer);
  }

  /** Take the time run since the last arm off both limits. */
  private charge(): void {
    if (this.paused || this.timer === undefined) return;
    const ran = this.clock.now() - this.since;
    this.idleLeft -= ran;
    if (this.totalLeft !== undefined) this.totalLeft -= ran;
    this.since = this.clock.now();
  }

  private arm(): void {
    this.clock.clearTimeout(this.timer);
    this.since = this.clock.now();
    const which = this.totalLeft !== undefined && this.totalLeft < this.idleLeft ? "total" : "idle";
    const left = Math.max(0, which === "total" ? this.totalLeft! : this.idleLeft);
    this.timer = this.clock.setTimeout(() => {
      this.done = true;
      this.expire(which);
    }, left);
  }
}
