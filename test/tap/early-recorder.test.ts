import { describe, expect, it } from "vitest";
import { RecordStore } from "../../server/record/store";
import { TapRecorder } from "../../server/tap/recorder";
import { EarlyRecorder } from "../../server/tap/early-recorder";
import type { Entry, MessageEntry } from "../../lib/record/format";

const line = (m: object) => Buffer.from(JSON.stringify(m) + "\n");

// Issue 90 item 1: the command line's tap spawns its server and forwards before its recorder has
// loaded; what it forwarded meanwhile must read in the session as it happened on the wire.
describe("what the tap forwarded before its recorder loaded", () => {
  it("is recorded in order, with the times it happened (a pairing's latency the wire's), the ends asked meanwhile applied", async () => {
    const early = new EarlyRecorder();
    const from = performance.timeOrigin + performance.now();
    early.lifecycle("spawned", "started node (pid 1)");
    early.chunk("host", line({ jsonrpc: "2.0", id: 0, method: "initialize", params: { capabilities: {} } }));
    early.chunk("stderr", Buffer.from("server ready\n"));
    early.chunk("server", line({ jsonrpc: "2.0", id: 0, result: { capabilities: {}, serverInfo: { name: "s", version: "1" } } }));
    early.flush();
    const until = performance.timeOrigin + performance.now();
    expect(() => early.loaded).toThrow(/not started yet/);
    // The recorder loads a while later (its modules, on a busy machine).
    await new Promise((r) => setTimeout(r, 30));
    const record = new RecordStore();
    const recorder = new TapRecorder(record);
    const attachedAt = performance.timeOrigin + performance.now();
    early.attach(recorder);
    expect(early.loaded).toBe(recorder);
    // The flush asked before it loaded was applied in its place: all of it recorded now.
    const entries: Entry[] = record.since(0);
    expect(entries.map((e) => (e.kind === "message" ? e.dir : e.kind))).toEqual([
      "lifecycle",
      "client->server",
      "stderr",
      "server->client",
    ]);
    for (const e of entries) {
      expect(e.t).toBeGreaterThanOrEqual(from);
      expect(e.t).toBeLessThanOrEqual(until);
      expect(e.t).toBeLessThan(attachedAt);
    }
    const answer = entries[3] as MessageEntry;
    expect(answer.pair).toMatchObject({ seq: entries[1].seq, method: "initialize" });
    expect(answer.pair!.latencyMs).toBeLessThanOrEqual(until - from);
    expect(recorder.hostInitialize?.id).toBe(0);
    // From now on each call goes straight to the recorder.
    early.chunk("host", line({ jsonrpc: "2.0", id: 1, method: "tools/list" }));
    early.end();
    expect((record.since(0).at(-1) as MessageEntry).message).toMatchObject({ id: 1, method: "tools/list" });
  });

  it("keeps nothing once the recorder cannot load: forwarding goes on without it", () => {
    const early = new EarlyRecorder();
    early.chunk("host", line({ jsonrpc: "2.0", id: 0, method: "initialize" }));
    early.discard();
    early.chunk("server", line({ jsonrpc: "2.0", id: 0, result: {} }));
    const record = new RecordStore();
    early.attach(new TapRecorder(record));
    expect(record.size).toBe(0);
  });
});
