import { describe, expect, it } from "vitest";
import type { Entry } from "../../lib/record/format";
import { SpanBuilder, type SpanDraft } from "../../lib/otel/spans";
import { CompactQueue, entriesIn, entryOf, type CompactBatch } from "../../server/otel/compact";

// What the engine's thread queues with export on (server/otel/compact.ts) must give the span
// builder in the worker the same spans as the record's own entries would.
const TP = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
const RUN_SPAN = "00f067aa0ba902b7";

let seq = 0;
const at = (t: number) => ({ seq: ++seq, t });
const sent = (t: number, message: Record<string, unknown>, http?: { sessionId?: string }): Entry => ({
  ...at(t),
  kind: "message",
  dir: "client->server",
  message: { jsonrpc: "2.0", ...message },
  size: 10,
  ...(http ? { http: { method: "POST", status: 200, ...http } } : {}),
});
const got = (t: number, message: Record<string, unknown>, http?: { sessionId?: string }): Entry => ({
  ...at(t),
  kind: "message",
  dir: "server->client",
  message: { jsonrpc: "2.0", ...message },
  size: 10,
  ...(http ? { http: { method: "POST", status: 200, ...http } } : {}),
});

/** A session's entries: spans of every kind, an error, a tool error, a notification, its end. */
const session = (): Entry[] => [
  { ...at(1000.25), kind: "lifecycle", event: "spawned", text: "spawned" },
  sent(1001, { id: 1, method: "initialize", params: { protocolVersion: "2025-06-18" } }),
  got(1002, { id: 1, result: { protocolVersion: "2025-06-18", capabilities: {} } }),
  sent(1003, { method: "notifications/initialized" }),
  sent(1004.5, { id: 2, method: "tools/call", params: { name: "echo", arguments: { message: "hi" }, _meta: { traceparent: TP } } }),
  got(1005.75, { id: 2, result: { content: [{ type: "text", text: "Echo: hi" }], isError: true } }),
  sent(1006, { id: "r-3", method: "resources/read", params: { uri: "test://static/1" } }),
  got(1007, { id: "r-3", error: { code: -32602, message: "no such resource" } }),
  { ...at(1007.5), kind: "message", dir: "server->client", message: "not json-rpc", size: 3, undelivered: "not an object" },
  got(1008, { id: 9, method: "sampling/createMessage", params: {} }),
  sent(1009, { id: 9, error: { code: "odd", message: 7 } }),
  { ...at(1010), kind: "lifecycle", event: "exited", text: "exited with code 0" },
];

function spansOf(entries: Entry[], parent: (spanId: string) => string | undefined): SpanDraft[] {
  const b = new SpanBuilder((spanId) => ({ parentSpanId: parent(spanId) }));
  return entries.flatMap((e) => b.add(e));
}

/** The entries a batch gives back, and the parent each request's traceparent had. */
function unpack(batch: CompactBatch): { entries: Entry[]; parents: Map<number, string | undefined>; ended: number[] } {
  const entries: Entry[] = [];
  const parents = new Map<number, string | undefined>();
  const ended: number[] = [];
  for (const part of batch)
    for (let i = 0; i < part.times.length; i++) {
      const u = entryOf(part, i);
      expect(u.engine).toBe(7);
      if (!u.entry) ended.push(part.times[i]!);
      else {
        if (u.parent !== undefined) parents.set(entries.length, u.parent);
        entries.push(u.entry);
      }
    }
  return { entries, parents, ended };
}

describe("the engine thread's compact entries", () => {
  it("give the span builder the same spans as the record's entries, parents included", () => {
    const q = new CompactQueue();
    const parents = new Map<string, string | undefined>([[TP, RUN_SPAN]]);
    const entries = session();
    for (const e of entries) q.push(7, e, parents);
    // Taken out when its request is seen: the map does not grow with the calls.
    expect(parents.size).toBe(0);
    const batch = q.take();
    const back = unpack(batch);
    expect(back.ended).toEqual([1010]);
    expect([...back.parents.values()]).toEqual([RUN_SPAN]);
    const parentOf = (spanId: string) => (spanId === "b7ad6b7169203331" ? RUN_SPAN : undefined);
    // Ids drawn at random for spans without a traceparent differ between two builds.
    const strip = (d: SpanDraft[]) => d.map(({ traceId: _t, spanId: _s, ...rest }) => rest);
    const want = spansOf(entries, parentOf);
    const have = spansOf(back.entries, parentOf);
    expect(have.length).toBe(want.length);
    expect(strip(have)).toEqual(strip(want));
    // The request that carried a traceparent keeps its ids (the server's spans join it).
    const call = have.find((d) => d.name === "tools/call echo")!;
    expect([call.traceId, call.spanId, call.parentSpanId]).toEqual(["0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331", RUN_SPAN]);
    expect(call.startMs).toBe(1004.5);
    expect(call.endMs).toBe(1005.75);
  });

  it("reuses its storage after a hand-over without carrying anything over", () => {
    const q = new CompactQueue();
    const parents = new Map<string, string | undefined>();
    q.push(
      7,
      sent(1, { id: 1, method: "tools/call", params: { name: "echo", uri: "x://y", _meta: { traceparent: TP } } }, { sessionId: "s-1" }),
      parents,
    );
    q.push(7, got(2, { id: 1, error: { code: -1, message: "boom" } }), parents);
    expect(entriesIn(q.take())).toBe(2);
    expect(q.count).toBe(0);
    // The same slots again: a response and a request that have none of the fields above.
    q.push(7, got(3, { id: 5, result: {} }), parents);
    q.push(7, sent(4, { method: "notifications/progress" }), parents);
    const { entries } = unpack(q.take());
    expect(entries).toEqual([
      { seq: 0, t: 3, kind: "message", dir: "server->client", message: { jsonrpc: "2.0", id: 5, result: {} }, size: 0 },
      {
        seq: 0,
        t: 4,
        kind: "message",
        dir: "client->server",
        message: { jsonrpc: "2.0", method: "notifications/progress", params: {} },
        size: 0,
      },
    ]);
  });

  it("keeps HTTP session ids and order across its parts of storage, hand-over after hand-over", () => {
    const q = new CompactQueue();
    const parents = new Map<string, string | undefined>();
    // Over two of its parts (512 entries each) the first time, then over the reused ones.
    for (const n of [1500, 700]) {
      for (let i = 0; i < n; i++) q.push(7, sent(i, { id: i, method: "ping" }, i % 2 ? { sessionId: `s-${i}` } : {}), parents);
      const batch = q.take();
      expect(entriesIn(batch)).toBe(n);
      const { entries } = unpack(batch);
      expect(entries.map((e) => e.t)).toEqual(Array.from({ length: n }, (_, i) => i));
      expect(entries.map((e) => (e.kind === "message" ? e.http : undefined))).toEqual(
        Array.from({ length: n }, (_, i) => ({ method: "POST", status: 200, ...(i % 2 ? { sessionId: `s-${i}` } : {}) })),
      );
      expect(entries.map((e) => (e.kind === "message" ? (e.message as { id: number }).id : undefined))).toEqual(
        Array.from({ length: n }, (_, i) => i),
      );
    }
  });
});
