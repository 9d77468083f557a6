import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { gunzipSync, gzipSync } from "node:zlib";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { resolveFile, staticPages } from "../server/bridge/static-pages";
import { inlineScriptHashes } from "../server/bridge/security-headers";
import { withRunQuery } from "../server/bridge/page-run";

// A page folder shaped like Next's export: index.html, a route as <name>.html, hashed chunks, a 404.
const dir = mkdtempSync(path.join(os.tmpdir(), "inspector-pages-"));
mkdirSync(path.join(dir, "_next/static/chunks"), { recursive: true });
mkdirSync(path.join(dir, "monaco"));
// The build's index.html: script tags and inline flight data that name chunks (red-team 8 #14).
const INDEX =
  '<!doctype html><title>index</title><link rel="stylesheet" href="/_next/static/chunks/s.css"/>' +
  '<script src="/_next/static/chunks/a1.js" async=""></script><link rel="icon" href="/icon.svg?icon.1.svg"/>' +
  '<script>self.__next_f.push([1,"2:\\"/_next/static/chunks/a1.js\\"\\n"])</script>';
writeFileSync(path.join(dir, "index.html"), INDEX);
writeFileSync(path.join(dir, "about.html"), "about");
writeFileSync(path.join(dir, "404.html"), "not here");
writeFileSync(path.join(dir, "_next/static/chunks/a1.js"), "console.log(1)");
writeFileSync(path.join(dir, "monaco/editor.js"), "window.monaco = {}");
writeFileSync(path.join(dir, "monaco/editor.js.gz"), gzipSync("window.monaco = {}"));
// Shipped compressed only (scripts/build.mjs keeps only the .gz of scripts and stylesheets).
writeFileSync(path.join(dir, "_next/static/chunks/only.js.gz"), gzipSync("console.log('only gz')"));
writeFileSync(path.join(os.tmpdir(), "outside-secret.txt"), "secret");

const RUN = "thisRun123";
let server: http.Server;
let port: number;
beforeAll(async () => {
  server = http.createServer(staticPages(dir, RUN));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function request(method: string, p: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string; raw: Buffer; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method, path: p, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (d: Buffer) => chunks.push(d));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), raw: Buffer.concat(chunks), headers: res.headers }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the page's static files", () => {
  test("/ is index.html; a route is its .html; types and caching fit each file", async () => {
    const index = await request("GET", "/");
    expect(index).toMatchObject({ status: 200, body: withRunQuery(INDEX, `r=${RUN}`) });
    expect(index.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect((await request("GET", "/about")).body).toBe("about");
    const chunk = await request("GET", `/_next/static/chunks/a1.js?r=${RUN}`);
    expect(chunk.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(chunk.headers["cache-control"]).toContain("immutable");
  });
  test("the HTML names every chunk with this run's query and is never stored; only this run's chunk URLs are kept for long (red-team 8 #14)", async () => {
    const index = await request("GET", "/?r=anything");
    expect(index.body).toContain(`<script src="/_next/static/chunks/a1.js?r=${RUN}" async="">`);
    expect(index.body).toContain(`href="/_next/static/chunks/s.css?r=${RUN}"`);
    // The flight data React loads a client component's chunks by.
    expect(index.body).toContain(`\\"/_next/static/chunks/a1.js?r=${RUN}\\"`);
    expect(index.body).toContain('href="/icon.svg?icon.1.svg"');
    expect(index.headers["cache-control"]).toBe("no-store");
    expect(index.headers.etag).toBeUndefined();
    // The policy lets in the inline script as sent, not as the build wrote it.
    const [hash] = inlineScriptHashes(index.body);
    expect(index.headers["content-security-policy"]).toContain(`'${hash}'`);
    expect(inlineScriptHashes(INDEX)).not.toContain(hash);
    // A chunk's bare name, or another run's, is one an earlier server on the port could have answered: revalidated, not kept.
    for (const p of ["/_next/static/chunks/a1.js", "/_next/static/chunks/a1.js?r=another"])
      expect((await request("GET", p)).headers["cache-control"], p).toBe("no-cache");
    const missing = await request("GET", "/nope.js");
    expect(missing.headers["cache-control"]).toBe("no-store");
  });
  test("the rewritten HTML goes out gzipped once made (after its first answer), plain to a client without gzip", async () => {
    await expect
      .poll(async () => {
        const res = await request("GET", "/", { "Accept-Encoding": "gzip" });
        return res.headers["content-encoding"] === "gzip" ? gunzipSync(res.raw).toString() : "";
      })
      .toBe(withRunQuery(INDEX, `r=${RUN}`));
    expect((await request("GET", "/")).headers["content-encoding"]).toBeUndefined();
  });
  test("withRunQuery: every /_next/static URL once, nothing else, nothing with a query already", () => {
    expect(withRunQuery('<script src="/_next/static/chunks/x-1_a.js"></script>', "r=Q")).toBe(
      '<script src="/_next/static/chunks/x-1_a.js?r=Q"></script>',
    );
    expect(withRunQuery('"static/chunks/x.js" "/_next/static/x.js?v=1" "/monaco/editor.js"', "r=Q")).toBe(
      '"static/chunks/x.js" "/_next/static/x.js?v=1" "/monaco/editor.js"',
    );
    expect(withRunQuery('\\"/_next/static/chunks/a.js\\",\\"/_next/static/chunks/b.css\\"', "r=Q")).toBe(
      '\\"/_next/static/chunks/a.js?r=Q\\",\\"/_next/static/chunks/b.css?r=Q\\"',
    );
  });
  test("a browser that takes gzip gets the build's .gz; one that does not gets the file", async () => {
    const gz = await request("GET", "/monaco/editor.js", { "Accept-Encoding": "gzip, deflate, br" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.raw).toString()).toBe("window.monaco = {}");
    const plain = await request("GET", "/monaco/editor.js");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe("window.monaco = {}");
    expect(gz.headers.etag).not.toBe(plain.headers.etag);
  });
  test("a file shipped only as .gz is served by its own name: compressed, or decompressed for a client without gzip", async () => {
    const gz = await request("GET", "/_next/static/chunks/only.js", { "Accept-Encoding": "gzip" });
    expect(gz.status).toBe(200);
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gz.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(gunzipSync(gz.raw).toString()).toBe("console.log('only gz')");
    const plain = await request("GET", "/_next/static/chunks/only.js");
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe("console.log('only gz')");
    expect(plain.headers.etag).not.toBe(gz.headers.etag);
    expect((await request("GET", "/_next/static/chunks/only.js.gz.gz")).status).toBe(404);
  });
  test("a file not changed since the browser's copy is a 304 without a body", async () => {
    const first = await request("GET", "/monaco/editor.js");
    const again = await request("GET", "/monaco/editor.js", { "If-None-Match": String(first.headers.etag) });
    expect(again).toMatchObject({ status: 304, body: "" });
  });
  test("missing files get the 404 page; HEAD has no body; other methods are refused", async () => {
    expect(await request("GET", "/nope.js")).toMatchObject({ status: 404, body: "not here" });
    expect(await request("HEAD", "/")).toMatchObject({ status: 200, body: "" });
    expect((await request("POST", "/")).status).toBe(405);
  });
  test("nothing outside the folder is reachable, however the path is spelled", () => {
    for (const p of [
      "/../outside-secret.txt",
      "/%2e%2e/outside-secret.txt",
      "/..%2foutside-secret.txt",
      "/monaco/../../outside-secret.txt",
      "/%00",
      "/%E0%A4%A",
    ]) {
      expect(resolveFile(dir, p), p).toBeUndefined();
    }
    expect(resolveFile(dir, "/monaco/../index.html")).toBe(path.join(dir, "index.html"));
  });
});
