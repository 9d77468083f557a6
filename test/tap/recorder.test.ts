import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RecordStore } from "../../server/record/store";
import { TapRecorder } from "../../server/tap/recorder";
import type { MessageEntry } from "../../lib/record/format";

const line = (m: object) => Buffer.from(JSON.stringify(m) + "\n");

describe("the tap's recording side", () => {
  it("records a copy later, line by line across chunks: paired both ways, the host's initialize kept for a restart", async () => {
    const record = new RecordStore();
    const r = new TapRecorder(record);
    const init = JSON.stringify({
      jsonrpc: "2.0",
      id: 0,
      method: "initialize",
      params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "h", version: "1" } },
    });
    r.chunk("host", Buffer.from(init.slice(0, 20)));
    r.chunk("host", Buffer.from(init.slice(20) + "\r\n"));
    expect(record.size).toBe(0); // nothing is done on the forwarding turn
    r.chunk(
      "server",
      line({ jsonrpc: "2.0", id: 0, result: { protocolVersion: "2025-06-18", capabilities: {}, serverInfo: { name: "s", version: "1" } } }),
    );
    r.chunk("server", line({ jsonrpc: "2.0", id: "s1", method: "ping" }));
    r.chunk("host", line({ jsonrpc: "2.0", id: "s1", result: {} }));
    r.chunk("host", line({ jsonrpc: "2.0", id: 1, method: "tools/list" }));
    // Recorded in later turns, a few milliseconds of work at a time.
    await expect.poll(() => record.size).toBe(5);
    const msgs = record.since(0) as MessageEntry[];
    expect(msgs.map((m) => [m.dir, m.pair?.method])).toEqual([
      ["client->server", undefined],
      ["server->client", "initialize"],
      ["server->client", undefined],
      ["client->server", "ping"],
      ["client->server", undefined],
    ]);
    expect(r.hostInitialize?.raw).toBe(init);
    expect(r.unansweredBefore(1, () => undefined)).toEqual([[1, "tools/list"]]);
  });

  it("stamps each entry with when its chunk came, not when it was recorded: a response's latency is the wire's", () => {
    const record = new RecordStore();
    const r = new TapRecorder(record);
    r.chunk("host", line({ jsonrpc: "2.0", id: 7, method: "tools/list" }));
    // The loop is held: nothing is recorded until the flush below, 40 ms after the request came.
    const until = performance.now() + 40;
    while (performance.now() < until);
    r.chunk("server", line({ jsonrpc: "2.0", id: 7, result: { tools: [] } }));
    r.flush();
    const [req, res] = record.since(0) as MessageEntry[];
    expect(res.pair?.method).toBe("tools/list");
    expect(res.pair!.latencyMs).toBeGreaterThanOrEqual(39);
    expect(res.t - req.t).toBeGreaterThanOrEqual(39);
  });

  describe("on a clock of its own (fake timers): when recording runs", () => {
    beforeEach(() => void vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setImmediate", "performance"] }));
    afterEach(() => void vi.useRealTimers());
    const note = (i: number) => line({ jsonrpc: "2.0", method: "notifications/message", params: { level: "info", data: i } });
    const data = (record: RecordStore) =>
      (record.since(0) as MessageEntry[]).map((e) => (e.message as { params: { data: number } }).params.data);

    it("records nothing while forwarding keeps going (frames 5 ms apart), and everything once it pauses", async () => {
      const record = new RecordStore();
      const r = new TapRecorder(record);
      for (let i = 0; i < 50; i++) {
        r.chunk("server", note(i));
        await vi.advanceTimersByTimeAsync(5);
      }
      expect(record.size).toBe(0);
      await vi.advanceTimersByTimeAsync(105);
      expect(data(record)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    });

    it("a stream that never pauses 10 ms is not recorded while it goes on, however far behind, then all of it", async () => {
      const record = new RecordStore();
      const r = new TapRecorder(record);
      for (let i = 0; i < 3000; i++) {
        r.chunk("server", note(i));
        await vi.advanceTimersByTimeAsync(2);
      }
      expect(record.size).toBe(0);
      await vi.advanceTimersByTimeAsync(105);
      expect(data(record)).toEqual(Array.from({ length: 3000 }, (_, k) => k));
    });

    it("a steady stream with gaps (frames 20 ms apart) is recorded in its gaps once two seconds behind, oldest first", async () => {
      const record = new RecordStore();
      const r = new TapRecorder(record);
      let i = 0;
      for (; i < 95; i++) {
        r.chunk("server", note(i));
        await vi.advanceTimersByTimeAsync(20);
      }
      expect(record.size).toBe(0);
      for (; i < 150; i++) {
        r.chunk("server", note(i));
        await vi.advanceTimersByTimeAsync(20);
      }
      const during = record.size;
      // What was about two seconds old (100 frames) when a gap came: the last second still waits.
      expect(during).toBeGreaterThanOrEqual(45);
      expect(during).toBeLessThan(110);
      expect(data(record)).toEqual(Array.from({ length: during }, (_, k) => k));
      await vi.advanceTimersByTimeAsync(105);
      expect(record.size).toBe(150);
    });
  });

  it("when it falls behind, forwarding is not held: chunks are dropped and the record says how many", async () => {
    const record = new RecordStore();
    const r = new TapRecorder(record, { maxQueuedBytes: 200 });
    const note = line({ jsonrpc: "2.0", method: "notifications/message", params: { level: "info", data: "x".repeat(40) } });
    for (let i = 0; i < 10; i++) r.chunk("server", note);
    r.flush();
    const dropped = record.since(0).filter((e) => e.kind === "dropped");
    expect(dropped).toHaveLength(1);
    expect(dropped[0]).toMatchObject({
      count: 10 - Math.floor(200 / note.length),
      bytes: (10 - Math.floor(200 / note.length)) * note.length,
    });
    expect((dropped[0] as { text: string }).text).toMatch(
      /fell behind forwarding: \d+ chunks \(\d+ bytes\) of server were forwarded but not recorded/,
    );
    expect(record.since(0).filter((e) => e.kind === "message")).toHaveLength(Math.floor(200 / note.length));
  });
});
