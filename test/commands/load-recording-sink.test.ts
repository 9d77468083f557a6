import { expect, test } from "vitest";
import { LoadSink } from "../../server/load/sink";
import { FIRST_KEPT, RecordingLoadSink } from "../../server/commands/load/recording-sink";
import { EntrySchema } from "../../lib/record/format";

// --load --save-session: the first entries whole, then the load sink's sample, and the gap said
// in a `dropped` entry (never silent), every entry a valid record entry in seq order.

test("past FIRST_KEPT entries the file keeps the sample and one dropped entry counting the rest", () => {
  const sink = new RecordingLoadSink(new LoadSink());
  const total = FIRST_KEPT + 500;
  for (let i = 0; i < total / 2; i++) {
    const req = sink.append({ kind: "message", dir: "client->server", size: 10, message: { jsonrpc: "2.0", id: i, method: "tools/call" } });
    sink.append({
      kind: "message",
      dir: "server->client",
      size: 10,
      message: { jsonrpc: "2.0", id: i, ...(i === total / 2 - 1 ? { error: { code: -32603, message: "late failure" } } : { result: {} }) },
      pair: { seq: req.seq, method: "tools/call", latencyMs: 1 },
    });
  }
  const entries = sink.entries();
  for (const e of entries) expect(EntrySchema.safeParse(e).success, JSON.stringify(e)).toBe(true);
  expect(entries.map((e) => e.seq)).toEqual([...entries.map((e) => e.seq)].sort((a, b) => a - b));
  expect(entries.slice(0, FIRST_KEPT).map((e) => e.seq)).toEqual(Array.from({ length: FIRST_KEPT }, (_, i) => i + 1));
  // The last call failed: the load sink's sample keeps it past the first entries.
  expect(entries.some((e) => e.kind === "message" && (e.message as { error?: unknown }).error !== undefined && e.seq === total)).toBe(true);
  const dropped = entries.at(-1)!;
  expect(dropped).toMatchObject({ kind: "dropped", seq: total + 1 });
  const kept = entries.length - 1;
  expect((dropped as { count: number }).count).toBe(total - kept);
});

test("a short run keeps everything and says nothing was left out", () => {
  const sink = new RecordingLoadSink(new LoadSink());
  sink.append({ kind: "lifecycle", event: "connecting", text: "connecting" });
  sink.append({ kind: "message", dir: "client->server", size: 10, message: { jsonrpc: "2.0", id: 1, method: "ping" } });
  const entries = sink.entries();
  expect(entries.map((e) => e.seq)).toEqual([1, 2]);
  expect(entries.some((e) => e.kind === "dropped")).toBe(false);
});
