// Seventh red-team (issue 62), the HTTP tap's listener: what a browser page on another site, or a
// name rebound to 127.0.0.1, can make `tap --server-url URL --listen PORT` do with the person's
// token. The upstream here is a remote MCP server as many are deployed: it answers any origin
// (`Access-Control-Allow-Origin: *`), because it trusts its bearer token, not the origin.
import { createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { RecordStore } from "../../server/record/store";
import { startHttpTap, type RunningHttpTap } from "../../server/tap/http-tap";
import { TapRecorder } from "../../server/tap/recorder";

const TOKEN = "tap-redteam-bearer-0123456789abcdef";
const INIT =
  '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"h","version":"1"}}}';

/** What the upstream saw: each request's method and headers. */
const seen: Array<{ method: string; headers: IncomingHttpHeaders }> = [];
let upstream: Server;
let upstreamUrl: string;

beforeAll(async () => {
  upstream = createServer((req, res) => {
    seen.push({ method: req.method ?? "", headers: req.headers });
    const cors = {
      "access-control-allow-origin": "*",
      "access-control-allow-headers": "*",
      "access-control-allow-methods": "GET, POST, DELETE, OPTIONS",
    };
    req.resume();
    req.on("end", () => {
      if (req.method === "OPTIONS") return void res.writeHead(204, cors).end();
      res
        .writeHead(200, { ...cors, "content-type": "application/json", "mcp-session-id": "s-1" })
        .end('{"jsonrpc":"2.0","id":1,"result":{"secretData":"the person\'s mail"}}');
    });
  });
  await new Promise<void>((r) => upstream.listen(0, "127.0.0.1", () => r()));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/mcp`;
});
afterAll(() => new Promise<void>((r) => upstream.close(() => r())));

let tap: RunningHttpTap | undefined;
afterEach(async () => {
  await tap?.close();
  tap = undefined;
  seen.length = 0;
});

async function startTap(): Promise<RunningHttpTap> {
  tap = await startHttpTap({ url: upstreamUrl, port: 0, bearer: TOKEN, recorder: new TapRecorder(new RecordStore()) });
  return tap;
}

/** One raw request to the tap, headers exactly as given (a browser's, a host's). */
function send(url: string, method: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const r = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    r.on("error", reject);
    r.end(body);
  });
}

const JSON_HEADERS = { "content-type": "application/json", accept: "application/json, text/event-stream" };

describe("red-team 7: the HTTP tap's listener", () => {
  it("binds 127.0.0.1 only, and a host (no Origin) is served with the person's token added", async () => {
    const t = await startTap();
    expect(t.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
    const r = await send(t.url, "POST", JSON_HEADERS, INIT);
    expect(r.status).toBe(200);
    expect(seen.at(-1)!.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it("DNS rebinding: a Host that is not loopback is refused before anything is forwarded", async () => {
    const t = await startTap();
    const port = new URL(t.url).port;
    for (const host of [`evil.example:${port}`, `127.0.0.1:${port}@evil.example`, `localhost.evil.example:${port}`, "127.0.0.1"]) {
      const r = await send(t.url, "POST", { ...JSON_HEADERS, host }, INIT);
      expect(r.status, host).toBe(403);
    }
    expect(seen).toEqual([]);
  });

  it("a page on another site cannot use the tap (and the token it adds): its preflight and its POST are refused, nothing forwarded", async () => {
    const t = await startTap();
    // The CORS preflight a browser sends before a cross-origin JSON POST.
    const pre = await send(t.url, "OPTIONS", {
      origin: "https://evil.example",
      "access-control-request-method": "POST",
      "access-control-request-headers": "content-type",
    });
    expect(pre.status).toBe(403);
    expect(pre.headers["access-control-allow-origin"]).toBeUndefined();
    // A "simple" request needs no preflight: it must be refused too, not forwarded with the token.
    const simple = await send(
      t.url,
      "POST",
      { origin: "https://evil.example", "content-type": "text/plain", accept: JSON_HEADERS.accept },
      INIT,
    );
    expect(simple.status).toBe(403);
    const json = await send(t.url, "POST", { ...JSON_HEADERS, origin: "null" }, INIT);
    expect(json.status).toBe(403);
    expect(simple.body + json.body).not.toContain("secretData");
    expect(seen).toEqual([]);
  });

  it("a page of another loopback port is refused (issue 88: it may be another account's); the tap's own page is served", async () => {
    const t = await startTap();
    for (const origin of ["http://localhost:6274", "http://127.0.0.1:3000", "http://[::1]:8080"]) {
      const r = await send(t.url, "POST", { ...JSON_HEADERS, origin }, INIT);
      expect(r.status, origin).toBe(403);
    }
    await t.close();
    tap = await startHttpTap({
      url: upstreamUrl,
      port: 0,
      bearer: TOKEN,
      recorder: new TapRecorder(new RecordStore()),
      ownOrigins: () => ["http://localhost:6274"],
    });
    expect((await send(tap.url, "POST", { ...JSON_HEADERS, origin: "http://localhost:6274" }, INIT)).status).toBe(200);
  });

  it("the token is never in the record, and a header value with CR/LF cannot be smuggled upstream (Node refuses it)", async () => {
    const record = new RecordStore();
    const recorder = new TapRecorder(record);
    tap = await startHttpTap({ url: upstreamUrl, port: 0, bearer: TOKEN, recorder });
    await send(tap.url, "POST", JSON_HEADERS, INIT);
    recorder.flush();
    expect(JSON.stringify(record.since(0))).not.toContain(TOKEN);
    expect(() => request(tap!.url, { headers: { "x-a": "b\r\nauthorization: Bearer stolen" } })).toThrow(/Invalid character/);
  });
});

describe("red-team 7: the HTTP tap's session renewal", () => {
  it('a host\'s call whose arguments hold `"method":"initialize"` is not taken for its initialize: after a restart the session is renewed with the real one', async () => {
    const sessions = new Set<string>();
    const got: string[] = [];
    let n = 0;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const m = JSON.parse(Buffer.concat(chunks).toString() || "{}") as { id?: number; method?: string };
        const sid = req.headers["mcp-session-id"] as string | undefined;
        got.push(`${m.method} ${sid ?? "-"}`);
        const json = { "content-type": "application/json" };
        if (m.method === "initialize") {
          const id = `s${++n}`;
          sessions.add(id);
          return void res.writeHead(200, { ...json, "mcp-session-id": id }).end(`{"jsonrpc":"2.0","id":${m.id},"result":{}}`);
        }
        if (!sid) return void res.writeHead(400, json).end('{"jsonrpc":"2.0","id":null,"error":{"code":-32000,"message":"no session"}}');
        if (!sessions.has(sid))
          return void res.writeHead(404, json).end('{"jsonrpc":"2.0","id":null,"error":{"code":-32001,"message":"Session not found"}}');
        res.writeHead(m.id === undefined ? 202 : 200, json).end(m.id === undefined ? "" : `{"jsonrpc":"2.0","id":${m.id},"result":{}}`);
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    const t = await startHttpTap({
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`,
      port: 0,
      recorder: new TapRecorder(new RecordStore()),
    });
    try {
      const init = await send(t.url, "POST", JSON_HEADERS, INIT);
      const sid = init.headers["mcp-session-id"] as string;
      const h = { ...JSON_HEADERS, "mcp-session-id": sid };
      await send(t.url, "POST", h, '{"jsonrpc":"2.0","method":"notifications/initialized"}');
      const call = '{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"note","arguments":{"method":"initialize"}}}';
      expect((await send(t.url, "POST", h, call)).status).toBe(200);
      sessions.clear(); // the server restarted: it forgot every session
      const ping = await send(t.url, "POST", h, '{"jsonrpc":"2.0","id":3,"method":"ping"}');
      expect(ping.status).toBe(200);
      expect(got.filter((g) => g.startsWith("tools/call"))).toHaveLength(1); // never replayed as the "initialize"
      expect(got.at(-1)).toBe("ping s2");
    } finally {
      await t.close();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});

describe("red-team 7: a server that redirects", () => {
  it("the tap passes a redirect to the host and never follows it: the token goes nowhere else", async () => {
    const elsewhere: string[] = [];
    const other = createServer((req, res) => {
      elsewhere.push(String(req.headers.authorization));
      res.writeHead(200).end();
    });
    await new Promise<void>((r) => other.listen(0, "127.0.0.1", () => r()));
    const to = `http://127.0.0.1:${(other.address() as AddressInfo).port}/steal`;
    const redirecting = createServer((req, res) => {
      req.resume();
      res.writeHead(307, { location: to }).end();
    });
    await new Promise<void>((r) => redirecting.listen(0, "127.0.0.1", () => r()));
    const t = await startHttpTap({
      url: `http://127.0.0.1:${(redirecting.address() as AddressInfo).port}/mcp`,
      port: 0,
      bearer: TOKEN,
      recorder: new TapRecorder(new RecordStore()),
    });
    try {
      const r = await send(t.url, "POST", JSON_HEADERS, INIT);
      expect(r.status).toBe(307);
      expect(r.headers.location).toBe(to);
      expect(elsewhere).toEqual([]);
    } finally {
      await t.close();
      await new Promise<void>((r) => redirecting.close(() => r()));
      await new Promise<void>((r) => other.close(() => r()));
    }
  });
});

describe("red-team 7: a host that posts a body without end", () => {
  it("past the bound the body is forwarded whole and no longer kept: one note in the record", async () => {
    let received = 0;
    const server = createServer((req, res) => {
      req.on("data", (c: Buffer) => (received += c.length));
      req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end('{"jsonrpc":"2.0","id":1,"result":{}}'));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    const record = new RecordStore();
    const recorder = new TapRecorder(record);
    const t = await startHttpTap({
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`,
      port: 0,
      recorder,
      maxBody: 1024 * 1024,
    });
    try {
      const big = `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"x","arguments":{"pad":"${"x".repeat(3 * 1024 * 1024)}"}}}`;
      expect((await send(t.url, "POST", JSON_HEADERS, big)).status).toBe(200);
      expect(received).toBe(big.length);
      recorder.flush();
      const text = JSON.stringify(record.since(0));
      expect(text).toMatch(/the host sent a request body over 1048576 bytes: forwarded whole, not recorded/);
      expect(text.length).toBeLessThan(100_000);
    } finally {
      await t.close();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
