import http from "node:http";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { pageOrigins, startSandboxServer, type SandboxServer } from "../../server/apps/sandbox-server";
import { sandboxHostFor, withAppSandbox, withFrameSource } from "../../server/apps/page-framing";
import { freePort } from "../helpers/free-port";

let sandbox: SandboxServer;
beforeAll(async () => {
  sandbox = await startSandboxServer({ host: "127.0.0.1", embedderOrigins: pageOrigins(6274) });
});
afterAll(() => sandbox.close());

function get(port: number, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path, headers }, (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the App sandbox origin", () => {
  test("serves the proxy page, framable only by the inspector page's origins", async () => {
    const res = await get(sandbox.port, "/sandbox");
    expect(res.status).toBe(200);
    expect(res.headers["content-security-policy"]).toBe("frame-ancestors http://127.0.0.1:6274 http://localhost:6274; frame-src 'none'");
    expect(res.headers["x-frame-options"]).toBeUndefined();
    // The proxy accepts messages only from those origins and gives the App no same-origin.
    expect(res.body).toContain('["http://127.0.0.1:6274","http://localhost:6274","http://[::1]:6274"]');
    expect(res.body).toContain('"allow-scripts", "allow-forms"');
    expect(res.body).not.toMatch(/allow-same-origin|allow-top-navigation|allow-popups/);
  });

  test("a page opened through [::1] may frame it: Chromium parses no IPv6 literal in a policy, so its port on any host is named", async () => {
    // `frame-ancestors http://[::1]:6274` is dropped by Chromium as invalid, leaving nothing allowed.
    const res = await get(sandbox.port, "/sandbox", { Host: `[::1]:${sandbox.port}` });
    expect(res.status).toBe(200);
    expect(res.headers["content-security-policy"]).toBe("frame-ancestors http://*:6274; frame-src 'none'");
    expect(res.body).toContain('"http://[::1]:6274"');
    const pages = withAppSandbox(
      (_req, r) => {
        r.writeHead(200, { "Content-Security-Policy": "default-src 'self'" });
        r.end();
      },
      () => 4321,
    );
    const server = http.createServer((req, r) => void pages(req, r));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const page = await get((server.address() as { port: number }).port, "/", { Host: "[::1]:6274" });
      // Framed by another site (issue 50): a page on [::1] frames the sandbox as localhost.
      expect(page.headers["content-security-policy"]).toBe("default-src 'self'; frame-src 'self' http://localhost:4321");
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  test("issue 50: the proxy's frame-src is the App's declared frameDomains, each checked, so its frame can navigate nowhere else", async () => {
    const q = encodeURIComponent(
      "https://maps.example.com https://*.tiles.example http://127.0.0.1:9 https: * 'unsafe-inline' https://a.example;script-src",
    );
    const res = await get(sandbox.port, `/sandbox?frame=${q}`);
    expect(res.status).toBe(200);
    expect(res.headers["content-security-policy"]).toBe(
      "frame-ancestors http://127.0.0.1:6274 http://localhost:6274; frame-src https://maps.example.com https://*.tiles.example http://127.0.0.1:9",
    );
  });

  test("issue 50: the sandbox is another site than the page wherever the page is on a loopback name (its own process)", () => {
    expect(sandboxHostFor("127.0.0.1", "127.0.0.1")).toBe("localhost");
    expect(sandboxHostFor("[::1]", "::1")).toBe("localhost");
    expect(sandboxHostFor("localhost", "::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(sandboxHostFor("localhost", "::1")).toBe("[::1]");
    expect(sandboxHostFor("mybox.lan", "10.0.0.2")).toBe("mybox.lan");
  });

  test("issue 50: frame-ancestors names the page's origin from its `page` hint (the sandbox is asked for by another name)", async () => {
    const res = await get(sandbox.port, "/sandbox?page=%5B%3A%3A1%5D", { Host: `localhost:${sandbox.port}` });
    expect(res.headers["content-security-policy"]).toBe("frame-ancestors http://*:6274; frame-src 'none'");
  });

  test("issue 50: the sandbox listens on the port it is given", async () => {
    const free = await freePort();
    const fixed = await startSandboxServer({ host: "127.0.0.1", port: free, embedderOrigins: pageOrigins(6274) });
    try {
      expect(fixed.port).toBe(free);
      expect((await get(free, "/sandbox")).status).toBe(200);
    } finally {
      await fixed.close();
    }
  });

  test("refuses a foreign Host (DNS rebinding) and serves nothing else", async () => {
    expect((await get(sandbox.port, "/sandbox", { Host: "evil.example" })).status).toBe(403);
    expect((await get(sandbox.port, "/api/health")).status).toBe(404);
    expect((await get(sandbox.port, "/")).status).toBe(404);
  });

  test("the page may frame the sandbox origin, and learns its port", async () => {
    expect(withFrameSource("default-src 'self'; frame-ancestors 'none'", "http://127.0.0.1:9")).toBe(
      "default-src 'self'; frame-ancestors 'none'; frame-src 'self' http://127.0.0.1:9",
    );
    const pages = withAppSandbox(
      (_req, res) => {
        res.writeHead(200, { "Content-Security-Policy": "default-src 'self'" });
        res.end("page");
      },
      () => 4321,
    );
    const server = http.createServer((req, res) => void pages(req, res));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as { port: number }).port;
    try {
      const page = await get(port, "/");
      expect(page.headers["content-security-policy"]).toBe("default-src 'self'; frame-src 'self' http://localhost:4321");
      const info = await get(port, "/apps/sandbox.json");
      expect(JSON.parse(info.body)).toEqual({ port: 4321, path: "/sandbox", host: "localhost" });
      const viaLocalhost = await get(port, "/apps/sandbox.json", { Host: `localhost:${port}` });
      expect(JSON.parse(viaLocalhost.body)).toEqual({ port: 4321, path: "/sandbox", host: "127.0.0.1" });
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
