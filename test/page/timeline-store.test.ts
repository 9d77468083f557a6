import { describe, expect, it } from "vitest";
import type { Direction, Entry } from "../../lib/record/format";
import { NO_FILTER, TimelineStore, type TimelineFilter } from "../../client/timeline-store";

/** A store whose frames the test runs by hand. */
function manualStore() {
  const frames: Array<() => void> = [];
  const store = new TimelineStore((f) => frames.push(f));
  return { store, frame: () => frames.splice(0).forEach((f) => f()), frames };
}

const req = (seq: number, id: number, method: string, dir: Direction = "client->server"): Entry => ({
  seq,
  t: seq,
  kind: "message",
  dir,
  message: { jsonrpc: "2.0", id, method, params: { name: `tool${id}` } },
  size: 50,
});
const res = (seq: number, id: number, reqSeq: number, method: string, error = false): Entry => ({
  seq,
  t: seq,
  kind: "message",
  dir: "server->client",
  message: error ? { jsonrpc: "2.0", id, error: { code: -32602, message: "bad" } } : { jsonrpc: "2.0", id, result: { ok: true } },
  size: 40,
  pair: { seq: reqSeq, method, latencyMs: 1.5 },
});
const stderr = (seq: number, text: string): Entry => ({ seq, t: seq, kind: "stderr", text });

describe("TimelineStore", () => {
  it("with a bound per frame, a backlog is appended over frames, in order, none lost or doubled", () => {
    const frames: Array<() => void> = [];
    const store = new TimelineStore((f) => frames.push(f), 4);
    let notified = 0;
    store.subscribe(() => notified++);
    store.push(Array.from({ length: 10 }, (_, i) => stderr(i + 1, `line ${i + 1}`)));
    expect(store.lastSeq).toBe(10);
    const sizes: number[] = [];
    while (frames.length) {
      frames.shift()!();
      sizes.push(store.size);
    }
    expect(sizes).toEqual([4, 8, 10]);
    expect(notified).toBe(3);
    expect(store.view(NO_FILTER).count).toBe(10);
    expect(Array.from({ length: 10 }, (_, i) => store.view(NO_FILTER).at(i).seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // What arrives while a backlog drains joins its end; a seq already held is ignored.
    store.push([stderr(3, "again"), stderr(11, "new")]);
    frames.shift()!();
    expect(store.size).toBe(11);
    expect(frames).toHaveLength(0);
  });

  it("with an immediate scheduler and a bound, everything is appended at once, in order", () => {
    const store = new TimelineStore((f) => f(), 3);
    store.push(Array.from({ length: 8 }, (_, i) => stderr(i + 1, "x")));
    expect(Array.from({ length: 8 }, (_, i) => store.view(NO_FILTER).at(i).seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("appends once per frame, however many frames of entries arrived", () => {
    const { store, frame, frames } = manualStore();
    let notified = 0;
    store.subscribe(() => notified++);
    store.push([req(1, 1, "tools/call")]);
    store.push([res(2, 1, 1, "tools/call"), stderr(3, "hello")]);
    expect(frames).toHaveLength(1);
    expect(store.size).toBe(0);
    expect(store.lastSeq).toBe(3); // queued entries count for the next hello
    frame();
    expect(store.size).toBe(3);
    expect(notified).toBe(1);
  });

  it("ignores entries it already has (history replayed after a reconnect)", () => {
    const { store, frame } = manualStore();
    store.push([req(1, 1, "a"), res(2, 1, 1, "a")]);
    frame();
    store.push([res(2, 1, 1, "a"), stderr(3, "x")]);
    frame();
    expect(store.view(NO_FILTER).count).toBe(3);
  });

  it("pairs requests with responses both ways and lists methods", () => {
    const { store, frame } = manualStore();
    store.push([req(1, 1, "tools/list"), req(2, 2, "tools/call"), res(3, 2, 2, "tools/call", true), res(4, 1, 1, "tools/list")]);
    frame();
    expect(store.responseSeqOf(1)).toBe(4);
    expect(store.responseSeqOf(2)).toBe(3);
    expect(store.bySeq(3)?.kind).toBe("message");
    expect(store.methods()).toEqual(["tools/call", "tools/list"]);
  });

  it("filters by direction, kind, method and text, and extends a view as entries arrive", () => {
    const { store, frame } = manualStore();
    store.push([req(1, 1, "tools/call"), res(2, 1, 1, "tools/call"), stderr(3, "Boom happened"), req(4, 2, "tools/list")]);
    frame();
    const byMethod: TimelineFilter = { ...NO_FILTER, method: "tools/call" };
    let v = store.view(byMethod);
    expect([v.at(0).seq, v.at(1).seq]).toEqual([1, 2]);
    expect(store.view({ ...NO_FILTER, dir: "server->client" }).count).toBe(1);
    expect(store.view({ ...NO_FILTER, kinds: ["stderr", "request"] }).count).toBe(3);
    expect(store.view({ ...NO_FILTER, text: "boom" }).at(0).seq).toBe(3);
    expect(store.view({ ...NO_FILTER, text: "tool1" }).count).toBe(1);

    store.push([req(5, 3, "tools/call"), res(6, 3, 5, "tools/call", true)]);
    frame();
    v = store.view(byMethod);
    expect(v.count).toBe(4);
    expect(v.rowOf(6)).toBe(3);
    expect(v.rowOf(4)).toBe(-1);
    expect(store.view({ ...NO_FILTER, kinds: ["error"] }).count).toBe(1);
  });

  it("handles 100,000 entries and a text search over them", () => {
    const { store, frame } = manualStore();
    const batch: Entry[] = [];
    for (let i = 1; i <= 100_000; i++)
      batch.push({
        seq: i,
        t: i,
        kind: "message",
        dir: "server->client",
        message: { jsonrpc: "2.0", method: "notifications/message", params: { level: "info", data: `line ${i}` } },
        size: 90,
      });
    store.push(batch);
    frame();
    expect(store.view(NO_FILTER).count).toBe(100_000);
    const v = store.view({ ...NO_FILTER, text: "line 99999" });
    expect(v.count).toBe(1);
    expect(v.at(0).seq).toBe(99_999);
  });

  it("starts afresh on reset", () => {
    const { store, frame } = manualStore();
    store.push([req(1, 1, "a")]);
    frame();
    store.reset();
    expect(store.size).toBe(0);
    expect(store.lastSeq).toBe(0);
    expect(store.methods()).toEqual([]);
  });
});

describe("whenEntry: replies that leave a big result in the record wait for its entry", () => {
  it("resolves at once for a held entry, at the flush that brings it otherwise, and with undefined on reset", async () => {
    const { store, frame } = manualStore();
    store.push([req(1, 1, "tools/call")]);
    frame();
    await expect(store.whenEntry(1)).resolves.toMatchObject({ seq: 1 });
    const later = store.whenEntry(2);
    store.push([res(2, 1, 1, "tools/call")]);
    frame();
    await expect(later).resolves.toMatchObject({ seq: 2, pair: { seq: 1 } });
    const never = store.whenEntry(9);
    store.reset();
    await expect(never).resolves.toBeUndefined();
  });
});
