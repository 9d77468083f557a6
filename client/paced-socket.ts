import type { SocketLike } from "../lib/wire/client";

/**
 * Frames handed on in one task, at most (ms): the rest wait for a task of their own, so the page
 * draws between. Well under a 50 ms long task, yet most of a frame's time: at 8 ms a flood's
 * ingest fell from 31,500 to 17,800 msg/s (bench figure 3p), the page drawing more than reading.
 */
export const SLICE_MS = 30;

/** Runs `run` in a task of its own, after what is queued (a MessageChannel message, not a clamped timeout). */
export type YieldTask = (run: () => void) => void;

/**
 * A socket that hands its frames on a few milliseconds' worth at a time. Chromium dispatches every
 * WebSocket message that arrived together in one task, so a flood the backend sent as many frames
 * still reached the page as one 50–170 ms task of parsing and validating (measured with a trace of
 * bench figure 3f); here the frames beyond SLICE_MS wait for a task of their own. Order is kept,
 * and the close comes after the last frame. A frame that finds nothing waiting goes on at once,
 * so a lone reply is not delayed.
 */
export class PacedSocket implements SocketLike {
  onopen: ((ev: unknown) => void) | null = null;
  onclose: ((ev: { code: number; reason: string }) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;

  private readonly waiting: { data: unknown }[] = [];
  private closedWith?: { code: number; reason: string };
  private sliceEnds = 0;
  /** A slice began in this task (cleared by a task queued behind it). */
  private sliceOpen = false;
  private scheduled = false;

  constructor(
    private readonly socket: SocketLike,
    private readonly later: YieldTask = messageChannelTask(),
    private readonly now: () => number = () => performance.now(),
  ) {
    socket.onopen = (ev) => this.onopen?.(ev);
    socket.onerror = (ev) => this.onerror?.(ev);
    socket.onmessage = (ev) => {
      this.waiting.push(ev);
      if (this.scheduled) return;
      // Frames dispatched in the same task share its slice; the first frame of a task opens one.
      if (!this.sliceOpen) this.openSlice();
      else if (this.now() >= this.sliceEnds) return this.schedule();
      this.drain();
    };
    socket.onclose = (ev) => {
      this.closedWith = { code: ev.code, reason: ev.reason };
      if (!this.scheduled) this.drain();
    };
  }

  get readyState(): number {
    return this.socket.readyState;
  }

  send(data: string): void {
    this.socket.send(data);
  }

  close(code?: number, reason?: string): void {
    this.socket.close(code, reason);
  }

  /** Frames waiting to be handed on (tests). */
  get backlog(): number {
    return this.waiting.length;
  }

  private openSlice(): void {
    this.sliceEnds = this.now() + SLICE_MS;
    if (this.sliceOpen) return;
    this.sliceOpen = true;
    this.later(() => (this.sliceOpen = false));
  }

  private schedule(): void {
    this.scheduled = true;
    this.later(() => {
      this.scheduled = false;
      this.openSlice();
      this.drain();
    });
  }

  /** Hand frames on until the slice is spent (at least one, so a frame bigger than a slice still goes), then the close. */
  private drain(): void {
    let handed = false;
    while (this.waiting.length) {
      if (handed && this.now() >= this.sliceEnds) return this.schedule();
      this.onmessage?.(this.waiting.shift()!);
      handed = true;
    }
    const closed = this.closedWith;
    if (closed) {
      this.closedWith = undefined;
      this.onclose?.(closed);
    }
  }
}

/** A task after the ones already queued: a MessageChannel message (setTimeout(0) is clamped to 4 ms when nested). */
export function messageChannelTask(): YieldTask {
  if (typeof MessageChannel === "undefined") return (run) => setTimeout(run, 0);
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  // In Node (tests) an open port would keep the process alive.
  (channel.port1 as { unref?(): void }).unref?.();
  return (run) => {
    queue.push(run);
    channel.port2.postMessage(null);
  };
}
