import { describe, expect, it } from "vitest";
import type { WebSocket } from "ws";
import { FrameWriter } from "../../server/bridge/frame-writer";
import { EventSchema, type WireEvent } from "../../lib/wire/protocol";
import type { Entry } from "../../lib/record/format";

/** The parts of a `ws` socket the writer uses; it keeps the frames sent. */
function fakeWs() {
  const frames: string[] = [];
  const ws = { OPEN: 1, readyState: 1, bufferedAmount: 0, send: (f: string) => void frames.push(f) };
  return { ws: ws as unknown as WebSocket, frames };
}

const stderr = (seq: number, text: string): Entry => ({ seq, t: seq, kind: "stderr", text });

/** Every event in the frames, in order, each checked as the page checks it. */
function eventsOf(frames: string[]): WireEvent[] {
  return frames.flatMap((f) => {
    const json: unknown = JSON.parse(f);
    return (Array.isArray(json) ? json : [json]).map((e) => EventSchema.parse(e));
  });
}

describe("FrameWriter", () => {
  it("a reply and the entries it points to leave as one frame", () => {
    const { ws, frames } = fakeWs();
    const out = new FrameWriter(ws);
    out.add({ type: "entries", entries: [stderr(1, "a"), stderr(2, "b")] });
    out.add({ type: "reply", id: "c1", ok: true, result: null });
    out.write();
    expect(frames).toHaveLength(1);
    expect(eventsOf(frames).map((e) => e.type)).toEqual(["entries", "reply"]);
  });

  it("a flood's entries go as frames of about 64 KiB, in order, none lost", () => {
    const { ws, frames } = fakeWs();
    const out = new FrameWriter(ws);
    const entries = Array.from({ length: 5000 }, (_, i) => stderr(i + 1, `line ${i} ${"x".repeat(100)}`));
    out.add({ type: "entries", entries });
    out.add({ type: "reply", id: "c1", ok: true, result: null });
    out.write();
    expect(frames.length).toBeGreaterThan(5);
    for (const f of frames) expect(f.length).toBeLessThanOrEqual(64 * 1024 + 200);
    const events = eventsOf(frames);
    expect(events.at(-1)?.type).toBe("reply");
    const got = events.flatMap((e) => (e.type === "entries" ? e.entries : []));
    expect(got).toEqual(entries);
  });

  it("one entry bigger than a frame goes whole, in a frame of its own", () => {
    const { ws, frames } = fakeWs();
    const out = new FrameWriter(ws);
    const big = stderr(2, "y".repeat(200_000));
    out.add({ type: "entries", entries: [stderr(1, "a"), big, stderr(3, "c")] });
    out.write();
    expect(frames.some((f) => f.length > 200_000 && f.length < 200_100)).toBe(true);
    expect(eventsOf(frames).flatMap((e) => (e.type === "entries" ? e.entries : []))).toEqual([stderr(1, "a"), big, stderr(3, "c")]);
  });

  it("writes nothing to a socket that is not open", () => {
    const { ws, frames } = fakeWs();
    (ws as unknown as { readyState: number }).readyState = 3;
    const out = new FrameWriter(ws);
    out.add({ type: "entries", entries: [stderr(1, "a")] });
    out.write();
    expect(frames).toEqual([]);
    expect(out.buffered).toBe(0);
  });
});
