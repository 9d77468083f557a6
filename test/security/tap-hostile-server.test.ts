// Seventh red-team (issue 62): a hostile server behind the tap. What it writes while a restart's
// handshake holds its output, and what it streams over HTTP, must cost the tap time and memory in
// proportion (never O(n²), never without bound), and pass to the host byte for byte.
import { describe, expect, it } from "vitest";
import { SseParser } from "../../server/engine/sse-parser";
import { RecordStore } from "../../server/record/store";
import { HandshakeGate } from "../../server/tap/handshake-gate";
import { responseCopy } from "../../server/tap/http-forward";
import { TapRecorder } from "../../server/tap/recorder";
import { restartLists } from "../../server/tap/restart";
import type { Entry } from "../../lib/record/format";

const MiB = 1024 * 1024;

describe("red-team 7: a restarted server that floods the handshake gate", () => {
  it("a 64 MiB line without a newline, in 64 KiB chunks, is held in linear time (it took 11 s at 32 MiB, 45 s at 64)", () => {
    const gate = new HandshakeGate(1);
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const t0 = performance.now();
    for (let i = 0; i < 1024; i++) gate.push(chunk);
    // Generous: linear work is well under a second even on a loaded machine.
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(Buffer.concat(gate.release()).length).toBe(64 * MiB);
  });

  it("what is held is bounded: past the bound it goes to the host at once, in order, byte for byte, and the tap's own answers are still taken", async () => {
    const gate = new HandshakeGate(7, 1 * MiB);
    const handshake = gate.handshake();
    const input: Buffer[] = [];
    const host: Buffer[] = [];
    const line = (i: number) =>
      Buffer.from(`{"jsonrpc":"2.0","method":"notifications/message","params":{"n":${i},"pad":"${"x".repeat(1000)}"}}\r\n`);
    for (let i = 0; i < 3000; i++) {
      const b = line(i);
      input.push(b);
      // Cut anywhere: the gate must see the lines however the pipe cuts them.
      host.push(gate.push(b.subarray(0, 17)), gate.push(b.subarray(17)));
    }
    expect(Buffer.concat(host).length).toBeGreaterThan(1 * MiB); // passed on before the handshake ended
    // The answer to the host's initialize still comes to the gate, not to the host.
    host.push(gate.push(Buffer.from('{"jsonrpc":"2.0","id":7,"result":{"protocolVersion":"2025-06-18"}}\n')));
    const r = await handshake;
    expect(r.answered).toBe(true);
    expect(r.notes.join()).toMatch(/more than 1048576 bytes/);
    // An overlong line with no newline yet is passed on too, not held whole.
    const tail = Buffer.alloc(2 * MiB, 0x62);
    input.push(tail);
    host.push(gate.push(tail));
    host.push(...gate.release());
    expect(Buffer.concat(host).equals(Buffer.concat(input))).toBe(true);
  });

  it("a host whose initialize id is the tap's own first id: the replayed handshake and the tap's first list are each answered right", async () => {
    const gate = new HandshakeGate("mcp-inspector-harness-tap:1");
    const sent: string[] = [];
    gate.writer = (l) => void sent.push(l);
    const hs = gate.handshake();
    gate.push(Buffer.from('{"jsonrpc":"2.0","id":"mcp-inspector-harness-tap:1","result":{"protocolVersion":"x"}}\n'));
    expect((await hs).result).toEqual({ protocolVersion: "x" });
    const list = gate.request("tools/list");
    expect(JSON.parse(sent[0]).id).toBe("mcp-inspector-harness-tap:1");
    gate.push(Buffer.from('{"jsonrpc":"2.0","id":"mcp-inspector-harness-tap:1","result":{"tools":[]}}\n'));
    expect(await list).toMatchObject({ result: { tools: [] } });
    // A second answer with that id is no longer the tap's: it is held for the host.
    gate.push(Buffer.from('{"jsonrpc":"2.0","id":"mcp-inspector-harness-tap:1","result":{}}\n'));
    expect(Buffer.concat(gate.release()).toString()).toBe('{"jsonrpc":"2.0","id":"mcp-inspector-harness-tap:1","result":{}}\n');
  });
});

describe("red-team 7: a hostile Streamable HTTP server behind the tap", () => {
  it("one 16 MiB SSE line in 64 KiB chunks is parsed in linear time (it held the event loop 21 s)", () => {
    const p = new SseParser();
    const chunk = "a".repeat(64 * 1024);
    const t0 = performance.now();
    p.feed("data: ");
    for (let i = 0; i < 256; i++) p.feed(chunk);
    const events = p.feed("\n\n");
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(events[0].data.length).toBe(16 * MiB);
  });

  it("the record's copy of a body or an event is bounded: past it, one note, and nothing more is kept", () => {
    const record = new RecordStore();
    const recorder = new TapRecorder(record);
    const facts = { method: "POST", status: 200, contentType: "application/json" };
    const json = responseCopy(recorder, facts, undefined, 1 * MiB);
    for (let i = 0; i < 40; i++) json.chunk(Buffer.alloc(64 * 1024, 0x20));
    json.end();
    const sse = responseCopy(recorder, { ...facts, contentType: "text/event-stream" }, undefined, 1 * MiB);
    sse.chunk(Buffer.from('data: {"jsonrpc":"2.0","method":"a"}\n\n'));
    for (let i = 0; i < 40; i++) sse.chunk(Buffer.from(i === 0 ? "data: " : "x".repeat(64 * 1024)));
    sse.end();
    recorder.flush();
    const entries: Entry[] = record.since(0);
    expect(entries.map((e) => e.kind)).toEqual(["http", "message", "http"]);
    expect(JSON.stringify(entries)).toMatch(/a response body over 1048576 bytes: forwarded whole, not recorded/);
    expect(JSON.stringify(entries)).toMatch(/an SSE event over 1048576 bytes/);
    expect(JSON.stringify(entries).length).toBeLessThan(10_000);
  });
});

describe("red-team 7: a restarted server that pages its lists slowly", () => {
  it("the lists of one restart stop at their time budget (the host's requests wait meanwhile), not after 20 pages of each kind", async () => {
    let asked = 0;
    const gate = {
      request: async () => {
        asked++;
        await new Promise((r) => setTimeout(r, 5));
        return { result: { tools: [{ name: `t${asked}` }], prompts: [], nextCursor: `c${asked}` } };
      },
    };
    const record = new RecordStore();
    const lists = restartLists(record, new TapRecorder(record), undefined, 40);
    await lists(gate, { capabilities: { tools: {}, prompts: {} } });
    // 40 ms of 5 ms pages: a handful, where the page bound alone allowed 40 (20 a kind).
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThan(20);
  });
});
