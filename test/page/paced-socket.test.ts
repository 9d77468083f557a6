import { describe, expect, it } from "vitest";
import type { SocketLike } from "../../lib/wire/client";
import { PacedSocket, SLICE_MS, messageChannelTask } from "../../client/paced-socket";

/** The browser's socket as the test drives it: frames and the close are dispatched by hand. */
function rawSocket() {
  const socket: SocketLike = {
    readyState: 1,
    send: () => undefined,
    close: () => undefined,
    onopen: null,
    onclose: null,
    onerror: null,
    onmessage: null,
  };
  return socket;
}

/**
 * A paced socket over a fake clock and a task queue run by hand: each handed-on frame costs
 * `costMs` of the clock, as parsing and validating it would.
 */
function paced(costMs: number) {
  const raw = rawSocket();
  let now = 0;
  const tasks: (() => void)[] = [];
  const socket = new PacedSocket(
    raw,
    (run) => tasks.push(run),
    () => now,
  );
  const got: string[] = [];
  const log: string[] = [];
  socket.onmessage = (ev) => {
    got.push(String(ev.data));
    now += costMs;
  };
  socket.onclose = (ev) => log.push(`closed ${ev.code} after ${got.length}`);
  const frame = (data: string) => raw.onmessage!({ data });
  /** Run the tasks queued so far (a task may queue more: those wait for the next call). */
  const nextTask = () => {
    const run = tasks.shift();
    if (!run) return false;
    run();
    return true;
  };
  return {
    raw,
    socket,
    got,
    log,
    frame,
    nextTask,
    tasks,
    advance: (ms: number) => (now += ms),
  };
}

describe("PacedSocket", () => {
  it("hands a lone frame on at once", () => {
    const p = paced(1);
    p.frame("reply");
    expect(p.got).toEqual(["reply"]);
  });

  it("frames dispatched in one task beyond its slice wait for tasks of their own, in order", () => {
    const p = paced(SLICE_MS / 2.5);
    for (let i = 0; i < 10; i++) p.frame(`f${i}`);
    // 0.4 of a slice each: the third frame ends the slice, the rest wait.
    expect(p.got).toEqual(["f0", "f1", "f2"]);
    expect(p.socket.backlog).toBe(7);
    let tasks = 0;
    while (p.socket.backlog && tasks < 20) {
      const before = p.got.length;
      p.nextTask();
      tasks++;
      // No task hands on more than a slice's worth (plus the frame that crossed it).
      expect(p.got.length - before).toBeLessThanOrEqual(3);
    }
    expect(p.got).toEqual(Array.from({ length: 10 }, (_, i) => `f${i}`));
  });

  it("a frame arriving while others wait goes behind them", () => {
    const p = paced(SLICE_MS / 1.5);
    p.frame("a");
    p.frame("b");
    p.frame("c");
    expect(p.got).toEqual(["a", "b"]);
    p.frame("d");
    expect(p.got).toEqual(["a", "b"]);
    while (p.nextTask());
    expect(p.got).toEqual(["a", "b", "c", "d"]);
  });

  it("the close comes after the last waiting frame", () => {
    const p = paced(SLICE_MS / 1.5);
    for (const f of ["a", "b", "c", "d"]) p.frame(f);
    p.raw.onclose!({ code: 1006, reason: "" });
    expect(p.log).toEqual([]);
    while (p.nextTask());
    expect(p.log).toEqual(["closed 1006 after 4"]);
  });

  it("a close with nothing waiting is told at once; open, send and close go to the socket", () => {
    const p = paced(1);
    const sent: string[] = [];
    p.raw.send = (d) => void sent.push(d);
    let opened = false;
    p.socket.onopen = () => (opened = true);
    p.raw.onopen!({});
    p.socket.send("hello");
    expect([opened, sent]).toEqual([true, ["hello"]]);
    p.raw.onclose!({ code: 1000, reason: "bye" });
    expect(p.log).toEqual(["closed 1000 after 0"]);
  });

  it("a frame in a later task starts a fresh slice", () => {
    const p = paced(SLICE_MS / 2.5);
    for (const f of ["a", "b", "c", "d"]) p.frame(f);
    expect(p.got).toEqual(["a", "b", "c"]);
    while (p.nextTask());
    p.advance(SLICE_MS * 10);
    p.frame("e");
    expect(p.got).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("messageChannelTask runs its tasks in order, after the current one", async () => {
    const later = messageChannelTask();
    const order: number[] = [];
    const done = new Promise<void>((resolve) => {
      later(() => order.push(1));
      later(() => {
        order.push(2);
        resolve();
      });
    });
    order.push(0);
    await done;
    expect(order).toEqual([0, 1, 2]);
  });
});
