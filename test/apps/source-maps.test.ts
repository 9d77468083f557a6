import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appFetchRefusal, appFramesOf, mappedStackOf } from "../../lib/apps/app-source-map";
import { resolveAppFrames } from "../../server/bridge/app-source-maps";
import { sourceMapUrlOf } from "../../lib/apps/source-map-trace";

// Issue 73: an App error's frames, resolved through the source map its script names, fetched by
// the backend only from an origin the App's CSP allows. One loopback server plays the App's asset origin.

const MAP = {
  version: 3,
  file: "app.js",
  sources: ["src/lib.ts", "src/app.ts"],
  names: [],
  // 0-based: line 0 col 0 -> source 0 line 0 col 0; line 1 col 4 -> source 1 ("src/app.ts") line 5 col 2 (each VLQ field relative to the one before).
  mappings: "AAAA;ICKE",
};
const SCRIPT = `var a = 1;\n    null.x();\n//# sourceMappingURL=app.js.map\n`;
const DATA_SCRIPT = `var a = 1;\n    null.x();\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify(MAP)).toString("base64")}\n`;
const routes: Record<string, [Record<string, string>, string]> = {
  "/app.js": [{}, SCRIPT],
  "/app.js.map": [{}, JSON.stringify(MAP)],
  "/inline.js": [{}, DATA_SCRIPT],
  "/header.js": [{ SourceMap: "/maps/h.map" }, "null.x();\n"],
  "/maps/h.map": [{}, JSON.stringify(MAP)],
  "/bad.js": [{}, "x\n//# sourceMappingURL=bad.map\n"],
  "/bad.map": [{}, "{not json"],
  "/none.js": [{}, "x\n"],
  "/big.js": [{}, `x\n//# sourceMappingURL=big.map\n`],
  "/big.map": [{}, "x".repeat(70_000)],
  "/away.js": [{}, "x\n//# sourceMappingURL=https://elsewhere.example/app.js.map\n"],
  "/moved.js": [{ Location: "/app.js" }, ""],
};
let server: http.Server;
let origin = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const r = routes[req.url ?? ""];
    if (!r) return void res.writeHead(404).end();
    res.writeHead(req.url === "/moved.js" ? 302 : 200, r[0]).end(r[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const at = (path: string, line: number, column: number) => ({ url: `${origin}${path}`, line, column });
const opts = { maxBytes: 64 * 1024, timeoutMs: 2000 };

describe("resolveAppFrames", () => {
  it("maps a frame through the map its script's comment names, the source as the map names it", async () => {
    const r = await resolveAppFrames([at("/app.js", 2, 5), at("/app.js", 1, 1)], [origin], opts);
    expect(r.notes).toEqual([]);
    expect(r.frames[0].original).toEqual({ source: "src/app.ts", line: 6, column: 3 });
    expect(r.frames[1].original).toEqual({ source: "src/lib.ts", line: 1, column: 1 });
  });

  it("reads a data: URL map inline, and a map the SourceMap header names", async () => {
    const inline = await resolveAppFrames([at("/inline.js", 2, 5)], [origin], opts);
    expect(inline.frames[0].original).toEqual({ source: "src/app.ts", line: 6, column: 3 });
    const header = await resolveAppFrames([at("/header.js", 2, 5)], [origin], opts);
    expect(header.frames[0].original?.source).toBe("src/app.ts");
  });

  it("fetches nothing from an origin the App's CSP does not allow, nor a map elsewhere, nor through a redirect", async () => {
    const refused = await resolveAppFrames([at("/app.js", 2, 5)], ["http://127.0.0.1:1"], opts);
    expect(refused.frames[0].original).toBeUndefined();
    expect(refused.notes).toEqual([expect.stringMatching(/not fetched \(.* is not an origin the App's CSP allows scripts from\)/)]);
    const away = await resolveAppFrames([at("/away.js", 1, 1)], [origin], opts);
    expect(away.notes[0]).toMatch(/its map https:\/\/elsewhere\.example\/app\.js\.map is not fetched/);
    const moved = await resolveAppFrames([at("/moved.js", 1, 1)], [origin], opts);
    expect(moved.notes[0]).toMatch(/could not be fetched/);
  });

  it("leaves the stack as it is, one note per script, when the map is missing, broken or too big", async () => {
    const r = await resolveAppFrames([at("/bad.js", 1, 1), at("/bad.js", 1, 2), at("/none.js", 1, 1), at("/big.js", 1, 1)], [origin], opts);
    expect(r.frames.map((f) => f.original)).toEqual([undefined, undefined, undefined, undefined]);
    expect(r.notes).toEqual([
      expect.stringMatching(/bad\.js: no source map used \(its map is not a source map this reads\)/),
      expect.stringMatching(/none\.js: no source map used \(the script names no source map\)/),
      expect.stringMatching(/big\.js: no source map used \(it is over 65536 bytes\)/),
    ]);
  });
});

describe("the pure parts", () => {
  it("takes a stack's external frames, and writes each original place before its bundle place, as text", () => {
    const stack = `TypeError: x\n    at f (${origin}/app.js:2:5)\n    at ui://x/app.html:3:1`;
    const frames = appFramesOf(stack);
    expect(frames).toEqual([at("/app.js", 2, 5)]);
    const shown = mappedStackOf(stack, [{ ...frames[0], original: { source: "<img src=x>", line: 6, column: 3 } }]);
    expect(shown).toContain(`at f (<img src=x>:6:3 (${origin}/app.js:2:5))`);
  });

  it("allows https and loopback http origins the CSP names, exactly or by a wildcard host", () => {
    expect(appFetchRefusal("https://a.cdn.example/x.js", ["https://*.cdn.example"])).toBeUndefined();
    expect(appFetchRefusal("https://cdn.example/x.js", ["https://cdn.example/"])).toBeUndefined();
    expect(appFetchRefusal("https://evil.example/x.js", ["https://cdn.example"])).toMatch(/not an origin/);
    expect(appFetchRefusal("http://10.0.0.1/x.js", ["http://10.0.0.1"])).toMatch(/only https or loopback/);
    expect(appFetchRefusal("http://127.0.0.1:9/x.js", ["http://127.0.0.1:8"])).toMatch(/not an origin/);
    expect(appFetchRefusal("http://127.0.0.1:9/x.js", ["*"])).toMatch(/not an origin/);
  });

  it("finds a map's URL in the header first, else in the script's last sourceMappingURL comment", () => {
    expect(sourceMapUrlOf("x\n//# sourceMappingURL=a.map\n", "h.map")).toBe("h.map");
    expect(sourceMapUrlOf("x\n//# sourceMappingURL=a.map\n//@ sourceMappingURL=b.map")).toBe("b.map");
    expect(sourceMapUrlOf("var s = 'sourceMappingURL=x';")).toBeUndefined();
  });
});
