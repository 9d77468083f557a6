import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createInspectorServer } from "../server/bridge/http-server";
import { inlineScriptHashes } from "../server/bridge/security-headers";
import { staticPages } from "../server/bridge/static-pages";

// Issue 12 item 3: a page on another port of 127.0.0.1 framed the inspector. Every response now
// says: no framing, no sniffing, and a policy; the page's own lets in only its inline scripts.
const TOKEN = "t".repeat(64);
const INLINE = "self.__next_f=self.__next_f||[];self.__next_f.push([0])";
const dir = mkdtempSync(path.join(os.tmpdir(), "inspector-csp-"));
writeFileSync(
  path.join(dir, "index.html"),
  `<!doctype html><script src="/_next/a.js" async></script><script>${INLINE}</script><script id="x">1</script>`,
);
writeFileSync(path.join(dir, "editor.worker.js"), "self.onmessage = () => {}");

let server: http.Server;
let port: number;
beforeAll(async () => {
  server = createInspectorServer({
    host: "127.0.0.1",
    port: 0,
    token: TOKEN,
    pages: staticPages(dir),
    api: (_req, res, url) => {
      if (url.pathname !== "/api/health") return false;
      res.end("{}");
      return true;
    },
    onSocket: (ws) => ws.close(),
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function get(p: string, headers: Record<string, string> = {}) {
  return new Promise<http.IncomingMessage>((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: p, headers }, (res) => {
      res.resume();
      res.on("end", () => resolve(res));
    });
    req.on("error", reject);
    req.end();
  });
}

function sha(s: string) {
  return `sha256-${createHash("sha256").update(s).digest("base64")}`;
}

function expectFrameAndSniffHeaders(h: http.IncomingHttpHeaders) {
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
}

describe("security headers", () => {
  test("the page: scripts from self and its own inline scripts by hash, no plugins, no framing, connections to self and its socket", async () => {
    const res = await get("/");
    expect(res.statusCode).toBe(200);
    expectFrameAndSniffHeaders(res.headers);
    const csp = String(res.headers["content-security-policy"]);
    const script = csp.split("; ").find((d) => d.startsWith("script-src "))!;
    // 'unsafe-eval' is Ajv's (it compiles schemas to functions); no inline script runs unhashed.
    expect(script.split(" ").sort()).toEqual(["script-src", "'self'", "'unsafe-eval'", `'${sha(INLINE)}'`, `'${sha("1")}'`].sort());
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain(`connect-src 'self' ws://127.0.0.1:${port}`);
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("media-src 'self' data: blob:");
  });

  test("a worker script, a 404, the API with and without the token, a bad Host: all carry them", async () => {
    for (const res of [
      await get("/editor.worker.js"),
      await get("/nothing-here"),
      await get("/api/health"),
      await get("/api/health", { Authorization: `Bearer ${TOKEN}` }),
      await get("/", { Host: `127.0.0.1:${port}@evil.com` }),
    ]) {
      expectFrameAndSniffHeaders(res.headers);
    }
    expect((await get("/", { Host: `127.0.0.1:${port}@evil.com` })).statusCode).toBe(403);
    expect((await get("/api/health")).headers["content-security-policy"]).toContain("default-src 'none'");
  });

  test("a refused WebSocket upgrade carries them too", async () => {
    const raw = await new Promise<string>((resolve, reject) => {
      const s = net.connect(port, "127.0.0.1", () =>
        s.write(
          `GET /ws HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`,
        ),
      );
      let out = "";
      s.on("data", (d) => (out += d.toString()));
      s.on("end", () => resolve(out));
      s.on("error", reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 401/);
    expect(raw).toContain("X-Frame-Options: DENY");
    expect(raw).toContain("X-Content-Type-Options: nosniff");
    expect(raw).toContain("frame-ancestors 'none'");
  });

  test("the built page's inline scripts are exactly what the hashes cover", () => {
    const index = path.resolve("dist/page/index.html");
    if (!existsSync(index)) return;
    const html = readFileSync(index, "utf8");
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).filter(Boolean);
    expect(inline.length).toBeGreaterThan(0);
    expect(inlineScriptHashes(html).sort()).toEqual([...new Set(inline.map(sha))].sort());
  });
});
