import { describe, expect, it } from "vitest";
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
    expect([...r.inFlight]).toEqual([[1, "tools/list"]]);
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
