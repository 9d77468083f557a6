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

  it("a page served from loopback (a browser host on this machine, such as an inspector's page) is still served", async () => {
    const t = await startTap();
    for (const origin of ["http://localhost:6274", "http://127.0.0.1:3000", "http://[::1]:8080"]) {
      const r = await send(t.url, "POST", { ...JSON_HEADERS, origin }, INIT);
      expect(r.status, origin).toBe(200);
    }
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
