import http from "node:http";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import WebSocket from "ws";
import type { RunningInspector } from "../server/launcher/inspector";
import { hostAllowed, originAllowed, tokenMatches } from "../server/bridge/security";
import { proofFor } from "../server/bridge/proof";
import { wsProtocols } from "../lib/wire/proof";
import { proveServer } from "../client/server-proof";
import { startTestInspector, connectClient } from "./helpers/inspector";

let inspector: RunningInspector;
beforeAll(async () => {
  inspector = await startTestInspector();
});
afterAll(() => inspector.close());

/** Try a WebSocket upgrade; resolves with the HTTP status it was refused with, or 101. */
function upgrade(path: string, headers: Record<string, string> = {}, token?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    // The token as the page sends it: a subprotocol (lib/wire/proof.ts).
    const protocols = token === undefined ? [] : wsProtocols(token, (t) => Buffer.from(t).toString("base64url"));
    const ws = new WebSocket(`ws://127.0.0.1:${inspector.port}${path}`, protocols, { headers });
    ws.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
    ws.on("open", () => {
      ws.close();
      resolve(101);
    });
    ws.on("error", (e) => reject(e));
  });
}

function get(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port: inspector.port, path, headers }, (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on("error", reject);
  });
}

/** Nothing spawned or connected: the record is empty and the engine idle. */
function assertNothingHappened() {
  expect(inspector.engine.getState().status).toBe("idle");
  expect(inspector.record.since(0).filter((e) => e.kind === "lifecycle")).toEqual([]);
}

describe("WebSocket upgrade", () => {
  test("with the token from the inspector's own origin: accepted", async () => {
    const origin = `http://127.0.0.1:${inspector.port}`;
    expect(await upgrade("/ws", { Origin: origin }, inspector.token)).toBe(101);
  });
  test("without a token: 401", async () => {
    expect(await upgrade("/ws")).toBe(401);
  });
  test("with a wrong token: 401", async () => {
    expect(await upgrade("/ws", {}, "0".repeat(64))).toBe(401);
    expect(await upgrade("/ws", {}, inspector.token.slice(0, -1))).toBe(401);
  });
  test("from a foreign Origin, even with the token: 403", async () => {
    expect(await upgrade("/ws", { Origin: "http://evil.example" }, inspector.token)).toBe(403);
    expect(await upgrade("/ws", { Origin: "http://localhost:1" }, inspector.token)).toBe(403);
    expect(await upgrade("/ws", { Origin: "null" }, inspector.token)).toBe(403);
  });
  test("with a non-loopback Host header (DNS rebinding), even with the token: 403", async () => {
    expect(await upgrade("/ws", { Host: `evil.example:${inspector.port}` }, inspector.token)).toBe(403);
    expect(
      await upgrade(
        "/ws",
        {
          Host: `evil.example:${inspector.port}`,
          Origin: `http://evil.example:${inspector.port}`,
        },
        inspector.token,
      ),
    ).toBe(403);
  });
  test("the token subprotocol is never echoed: the answer names only the page's own protocol (red-team 8)", async () => {
    const protocols = wsProtocols(inspector.token, (t) => Buffer.from(t).toString("base64url"));
    const ws = new WebSocket(`ws://127.0.0.1:${inspector.port}/ws`, protocols);
    const header = await new Promise<string | undefined>((resolve, reject) => {
      ws.once("upgrade", (res) => resolve(res.headers["sec-websocket-protocol"] as string | undefined));
      ws.once("error", reject);
    });
    expect(header).toBe("mcp-inspector");
    ws.close();
  });
  test("with the token in the URL: 401 (issue 75: a page that reconnects to a port another process took would hand it over)", async () => {
    expect(await upgrade(`/ws?token=${inspector.token}`)).toBe(401);
    expect(await upgrade("/ws", { Authorization: `Bearer ${inspector.token}` })).toBe(101);
  });
  test("refused sockets spawned nothing", () => assertNothingHappened());
});

describe("the page's doors (issue 75)", () => {
  test("a service worker's script is refused: no worker outlives this server on its origin", async () => {
    expect((await get("/", { "Service-Worker": "script" })).status).toBe(403);
    expect((await get("/sw.js", { "Service-Worker": "script" })).status).toBe(403);
    expect((await get("/")).status).toBe(200);
  });
  test("the server proves it holds the token for a nonce on its own port, and the page's check tells it from one that does not", async () => {
    const nonce = "ab".repeat(32);
    const r = await get(`/api/proof?nonce=${nonce}`);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ proof: proofFor(inspector.token, inspector.port, nonce), port: inspector.port });
    // Another port's proof is worth nothing here (a squatter cannot relay the moved hub's).
    expect(proofFor(inspector.token, inspector.port + 1, nonce)).not.toBe(JSON.parse(r.body).proof);
    expect((await get("/api/proof?nonce=short")).status).toBe(400);
    // The page's own check (client/server-proof.ts, WebCrypto) against this server, and against one without the token.
    const env = (fetchAt: number, ports = [inspector.port]) => ({
      fetch: (url: string) => fetch(`http://127.0.0.1:${fetchAt}${url}`),
      ports,
      crypto: globalThis.crypto,
    });
    expect(await proveServer(inspector.token, env(inspector.port))).toBe("proved");
    expect(await proveServer("another token", env(inspector.port))).toBe("not-ours");
    expect(await proveServer(inspector.token, env(1))).toBe("down");
    // Reached by another port (a squatter relaying, or a port forward): only a port the page knows counts.
    expect(await proveServer(inspector.token, env(inspector.port, [inspector.port + 1]))).toBe("not-ours");
    expect(await proveServer(inspector.token, env(inspector.port, [inspector.port + 1, inspector.port]))).toBe("proved");
  });
});

describe("HTTP API", () => {
  test("with the token: answers", async () => {
    const r = await get("/api/health", { Authorization: `Bearer ${inspector.token}` });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, status: "idle", spawned: 0 });
  });
  test("without a token, with a wrong one, or with the token in the query: 401", async () => {
    expect((await get("/api/health")).status).toBe(401);
    expect((await get("/api/record", { Authorization: "Bearer wrong" })).status).toBe(401);
    expect((await get(`/api/state?token=${inspector.token}`)).status).toBe(401);
  });
  test("with a non-loopback Host header: 403, for pages too", async () => {
    expect((await get("/api/health", { Authorization: `Bearer ${inspector.token}`, Host: "evil.example" })).status).toBe(403);
    expect((await get("/", { Host: "evil.example" })).status).toBe(403);
  });
  test("the page's files load without the token (they hold no session data; a shared link opens read-only), but not for another origin", async () => {
    expect((await get("/", { Host: `localhost:${inspector.port}` })).status).toBe(200);
    expect((await get("/", { Origin: `http://127.0.0.1:${inspector.port}` })).status).toBe(200);
    expect((await get("/", { Origin: "http://evil.example" })).status).toBe(403);
    expect((await get("/api/health", { Authorization: `Bearer ${inspector.token}`, Origin: "http://evil.example" })).status).toBe(403);
  });
  test("refused requests spawned nothing", () => assertNothingHappened());
});

describe("an authenticated socket cannot be crashed by bad frames", () => {
  test("malformed, unknown and binary frames get an error event; the connection stays usable", async () => {
    const { ws, client, seen } = await connectClient(inspector);
    ws.send("not json");
    ws.send(JSON.stringify({ type: "launch-missiles", id: "x1" }));
    ws.send(JSON.stringify({ type: "connect", id: "x2", spec: { target: { transport: "stdio" } } }));
    ws.send(Buffer.from([1, 2, 3]), { binary: true });
    const hello = await client.hello(0);
    expect(hello).toMatchObject({ lastSeq: expect.any(Number) });
    expect(seen.problems).toEqual([
      "frame is not JSON",
      expect.stringMatching(/^invalid command at type/),
      expect.stringMatching(/^invalid command at spec\.target\.command/),
      "binary frames are not accepted; send JSON text",
    ]);
    ws.close();
    assertNothingHappened();
  });
});

describe("pure checks", () => {
  test("token comparison", () => {
    expect(tokenMatches("abc", "abc")).toBe(true);
    expect(tokenMatches("abd", "abc")).toBe(false);
    expect(tokenMatches("", "abc")).toBe(false);
    expect(tokenMatches(undefined, "abc")).toBe(false);
  });
  test("hosts", () => {
    for (const h of ["localhost:6274", "127.0.0.1:6274", "127.1.2.3", "[::1]:6274", "LOCALHOST"]) expect(hostAllowed(h), h).toBe(true);
    for (const h of [
      "evil.example",
      "127.0.0.1.evil.example",
      "0.0.0.0:6274",
      "192.168.1.2",
      "",
      undefined,
      "127.0.0.1:6274@evil.com",
      "localhost:80/x",
      "127.0.0.1 evil.com",
      "[::1]x",
    ])
      expect(hostAllowed(h), String(h)).toBe(false);
    expect(hostAllowed("devbox:6274", ["devbox"])).toBe(true);
  });
  test("origins", () => {
    expect(originAllowed(undefined, "127.0.0.1:1")).toBe(true);
    expect(originAllowed("http://127.0.0.1:1", "127.0.0.1:1")).toBe(true);
    expect(originAllowed("http://localhost:1", "127.0.0.1:1")).toBe(false);
    expect(originAllowed("http://127.0.0.1:2", "127.0.0.1:1")).toBe(false);
    expect(originAllowed("file://", "127.0.0.1:1")).toBe(false);
  });
});

describe("opening the browser", () => {
  test("on Windows the URL reaches the browser as one argument, no shell reads its & (it would run what follows)", async () => {
    const { browserCommand } = await import("../server/launcher/open-browser");
    const url = "http://127.0.0.1:6274/?token=abc&session=opened";
    const [cmd, args] = browserCommand(url, "win32", {});
    expect(cmd).not.toMatch(/cmd/i);
    expect(args[args.length - 1]).toBe(url);
    expect(browserCommand(url, "linux", {})).toEqual(["xdg-open", [url]]);
    expect(browserCommand(url, "darwin", { INSPECTOR_BROWSER: "true" })).toEqual(["true", [url]]);
  });
});
