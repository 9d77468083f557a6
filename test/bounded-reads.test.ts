import { createServer, type Server } from "node:http";
import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { readBodyBounded, readTextFileBounded } from "../server/read-bounded";
import { exchange, type FlowContext } from "../server/auth/http";
import { engineFactory } from "./helpers/engine";
import { runLauncher } from "./helpers/launcher";

const { newEngine } = engineFactory();
let server: Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())).then(() => (server = undefined)));

/** A loopback server whose every answer is an endless body (bounded: it gives up after 2 GiB), counting what it wrote. */
async function endless(status: number, contentType: string): Promise<{ url: string; written: () => number }> {
  let written = 0;
  server = createServer((req, res) => {
    res.writeHead(status, { "content-type": contentType });
    const chunk = Buffer.alloc(64 * 1024, "a");
    const push = () => {
      while (written < 2 * 1024 ** 3 && !res.destroyed) {
        written += chunk.length;
        if (!res.write(chunk)) return void res.once("drain", push);
      }
      res.end();
    };
    push();
  });
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", () => r()));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/mcp`, written: () => written };
}

describe("bodies are read no further than their bound", () => {
  test("a response body: the stream is cancelled at the bound, and the cut is said", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull: (c) => void (pulled++ < 100_000 ? c.enqueue(new Uint8Array(1024).fill(97)) : c.close()),
    });
    const { text, truncated } = await readBodyBounded(new Response(body), 10_000);
    expect(text).toHaveLength(10_000);
    expect(truncated).toBe(true);
    expect(pulled).toBeLessThan(20);
  });

  test("OAuth: an endless token response is read to 1 MiB and no further", async () => {
    const s = await endless(200, "text/plain");
    const ctx: FlowContext = {
      fetch,
      report: () => undefined,
      origins: { check: () => undefined } as unknown as FlowContext["origins"],
      timeoutMs: 10_000,
      protocolVersion: "2025-11-25",
    };
    const answer = await exchange(ctx, "token", s.url, { method: "POST", body: "grant_type=x" });
    expect(answer.text.length).toBe(1 << 20);
    // The socket buffers a little more than was read; nowhere near the 2 GiB on offer.
    expect(s.written()).toBeLessThan(64 * 1024 * 1024);
  });

  test("an HTTP target's endless error body: the connect fails with its status, the record holds 4 KiB of it", async () => {
    const s = await endless(500, "text/html");
    const { engine, rec } = newEngine();
    const state = await engine.connect({ target: { transport: "http", url: s.url } });
    expect(state.error).toMatchObject({ kind: "http-status", httpStatus: 500 });
    const http = rec.since(0).find((e) => e.kind === "http");
    expect(http?.kind === "http" && http.text.length).toBeLessThanOrEqual(4097);
    expect(s.written()).toBeLessThan(64 * 1024 * 1024);
  });

  test("a session file larger than 32 MiB is refused without being read; so is an endless one", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "bounded-"));
    const big = path.join(dir, "big.mcp-session.json");
    writeFileSync(big, "");
    truncateSync(big, 300 * 1024 * 1024);
    expect(() => readTextFileBounded("/dev/zero", 1024, "a session file")).toThrow(
      /larger than 1 KiB, the most a session file may be \(nothing past that was read\)/,
    );
    const run = runLauncher(["replay", big, "--yes"]);
    expect((await run.exited).code).toBe(2);
    expect(run.stderr()).toMatch(/cannot read .*big\.mcp-session\.json: it is larger than 32 MiB, the most a session file may be/);
  });
});
