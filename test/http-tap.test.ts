import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, test } from "vitest";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { httpTap, type HttpFacts, type HttpTapHooks } from "../server/engine/http-tap";
import { SseParser } from "../server/engine/sse-parser";
import { startEverythingHttp } from "./helpers/http-everything";

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

interface Seen {
  bodies: Array<{ raw: string; facts: HttpFacts }>;
  events: Array<{ data: string; facts: HttpFacts }>;
  exchanges: Array<{ facts: HttpFacts; text: string }>;
  notes: string[];
}

/** What the tap reported, and `until`: a promise that settles once `check` holds of it (checked after each report). */
function recorder(): { hooks: HttpTapHooks; seen: Seen; until: (check: (seen: Seen) => boolean) => Promise<void> } {
  const seen: Seen = { bodies: [], events: [], exchanges: [], notes: [] };
  const waiting = new Set<() => void>();
  const reported = () => waiting.forEach((w) => w());
  return {
    seen,
    hooks: {
      body: (raw, facts) => (seen.bodies.push({ raw, facts }), reported()),
      event: (e, facts) => (seen.events.push({ data: e.data, facts }), reported()),
      exchange: (facts, text) => (seen.exchanges.push({ facts, text }), reported()),
      note: (t) => (seen.notes.push(t), reported()),
      cut: (_text, _facts, why) => (seen.notes.push(why), reported()),
    },
    until: (check) =>
      new Promise<void>((resolve) => {
        const w = () => check(seen) && (waiting.delete(w), resolve());
        waiting.add(w);
        w();
      }),
  };
}

/** A loopback server answering with what each test hands it. */
async function serve(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  cleanups.push(() => new Promise((r) => server.close(r)));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`;
}

describe("SSE parser", () => {
  test("events split across chunks, CRLF and CR line ends, comments, ids, multi-line data", () => {
    const p = new SseParser();
    expect(p.feed(': keep-alive\r\nid: 7\r\nevent: message\r\ndata: {"a"')).toEqual([]);
    expect(p.feed(":1}\r")).toEqual([]);
    expect(p.feed("\n\r\ndata: one\ndata: two\n\nid: 8\n")).toEqual([{ id: "7", event: "message", data: '{"a":1}' }, { data: "one\ntwo" }]);
    expect(p.unfinished).toBe(true);
    expect(p.feed("\n")).toEqual([{ id: "8", data: "" }]);
    expect(p.unfinished).toBe(false);
  });
});

describe("HTTP tap", () => {
  test("every SSE event reaches the record as received, also those the SDK drops, before the SDK sees them", async () => {
    const url = await serve((req, res) => {
      req.resume();
      req.on("end", () => {
        res.writeHead(200, { "content-type": "text/event-stream", "mcp-session-id": "s-1" });
        res.write("id: e1\ndata:\n\n"); // priming
        res.write("data: {}\n\n"); // not a message: the SDK rejects it
        res.write('data: {"jsonrpc":"1.0","id":1,"result":{}}\n\n');
        res.end('id: e2\ndata: {"jsonrpc":"2.0","id":1,"result":{"ok":true}}\n\n');
      });
    });
    const { hooks, seen } = recorder();
    const order: string[] = [];
    const tap = httpTap({ ...hooks, event: (e, f) => (order.push(`tap:${e.data}`), hooks.event(e, f)) });
    const res = await tap.fetch(url, {
      method: "POST",
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "ping" }),
      headers: { "mcp-protocol-version": "2025-11-25" },
    });
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      order.push(`sdk:${value.length}`);
      text += value;
    }
    expect(text).toContain('"jsonrpc":"1.0"'); // the same bytes on
    expect(seen.events.map((e) => e.data)).toEqual([
      "",
      "{}",
      '{"jsonrpc":"1.0","id":1,"result":{}}',
      '{"jsonrpc":"2.0","id":1,"result":{"ok":true}}',
    ]);
    expect(seen.events[0].facts).toMatchObject({
      method: "POST",
      status: 200,
      eventId: "e1",
      sessionId: "s-1",
      protocolVersion: "2025-11-25",
      contentType: "text/event-stream",
    });
    expect(order[0]).toBe("tap:"); // recorded before the reader got the first bytes
  });

  test("a JSON body, a 202 and an error status are each shown once, with their status", async () => {
    const url = await serve((req, res) => {
      req.resume();
      if (req.headers["x-case"] === "json")
        return void res.writeHead(200, { "content-type": "application/json" }).end('{"jsonrpc":"2.0","id":2,"result":{}}');
      if (req.headers["x-case"] === "accepted") return void res.writeHead(202).end();
      res.writeHead(401, { "content-type": "text/plain", "www-authenticate": 'Bearer resource_metadata="x"' }).end("no token");
    });
    const { hooks, seen } = recorder();
    const tap = httpTap(hooks);
    expect(await (await tap.fetch(url, { method: "POST", headers: { "x-case": "json" } })).json()).toEqual({
      jsonrpc: "2.0",
      id: 2,
      result: {},
    });
    expect((await tap.fetch(url, { method: "POST", headers: { "x-case": "accepted" } })).status).toBe(202);
    const denied = await tap.fetch(url, { method: "POST" });
    expect([denied.status, await denied.text()]).toEqual([401, "no token"]);
    expect(seen.bodies).toEqual([
      { raw: '{"jsonrpc":"2.0","id":2,"result":{}}', facts: expect.objectContaining({ status: 200, contentType: "application/json" }) },
    ]);
    expect(seen.exchanges.map((x) => [x.facts.status, x.text])).toEqual([
      [202, ""],
      [401, "no token"],
    ]);
  });

  test("the everything server over Streamable HTTP: after an error response nothing is replayed", async () => {
    const server = await startEverythingHttp("streamableHttp");
    cleanups.push(() => server.stop());
    const { hooks, seen, until } = recorder();
    const tap = httpTap(hooks);
    const client = new Client({ name: "tap-test", version: "0" });
    await client.connect(new StreamableHTTPClientTransport(new URL(server.url), { fetch: tap.fetch }));
    cleanups.push(() => client.close());
    // Two errors (unknown method, bad params) then a normal call: what check's probes do.
    await expect(client.request({ method: "no/such-method", params: {} }, (await import("zod")).z.any())).rejects.toThrow();
    await expect(client.callTool({ name: "echo", arguments: { wrong: 1 } })).resolves.toMatchObject({ isError: true });
    await expect(client.request({ method: "tools/get-nothing" }, (await import("zod")).z.any())).rejects.toThrow();
    const echo = await client.callTool({ name: "echo", arguments: { message: "after" } });
    expect(JSON.stringify(echo)).toContain("after");
    // The SDK resumes a stream 1 s after it ended (its default first reconnection delay): wait
    // for the note that says it was stopped, or for the replay it would have brought.
    const responses = (s: Seen) =>
      s.events
        .map((e) => e.data)
        .filter((d) => d.includes('"id"') && !d.includes('"method"'))
        .map((d) => (JSON.parse(d) as { id: unknown }).id);
    await until((s) => s.notes.length > 0 || new Set(responses(s)).size < responses(s).length);
    expect(new Set(responses(seen)).size).toBe(responses(seen).length); // no response twice
    expect(seen.notes.some((n) => /not resuming/.test(n))).toBe(true);
  });
});
