// Issue 90: the HTTP tap gave a restarting server a fixed 30 s to answer again, and refused
// `--restart-timeout` (the stdio tap's flag). The same flag now sets it: a server that does not
// come back within it leaves the host with what the server did, and the tap's log names the limit.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { describe, expect, it } from "vitest";
import { FIXTURES, ROOT, freePort } from "../helpers/targets";

const BIN = path.join(ROOT, "bin/inspector.mjs");

function startServer(port: number): Promise<ChildProcess> {
  const tools = path.join(mkdtempSync(path.join(tmpdir(), "tap-http-limit-")), "tools.txt");
  writeFileSync(tools, "");
  const child = spawn(process.execPath, [path.join(FIXTURES, "tap-server.mjs"), "http", String(port)], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, TAP_TOOLS_FILE: tools },
  });
  return new Promise((resolve) => child.stderr!.on("data", (c: Buffer) => /listening \d+/.test(String(c)) && resolve(child)));
}

describe("tap --server-url URL --listen PORT --restart-timeout MS", () => {
  it("a server that does not come back: the host gets what the server did once MS is up, and the log names MS", async () => {
    const port = await freePort();
    const server = await startServer(port);
    const tap = spawn(
      process.execPath,
      [BIN, "tap", "--no-page", "--server-url", `http://127.0.0.1:${port}/mcp`, "--listen", "0", "--restart-timeout", "1500"],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    let stderr = "";
    tap.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((r) => tap.once("exit", r));
    const client = new Client({ name: "host", version: "1.0.0" }, { capabilities: {} });
    try {
      await expect.poll(() => /forwarding (http:\/\/127\.0\.0\.1:\d+\/mcp) to/.exec(stderr)?.[1], { timeout: 20_000 }).toBeDefined();
      const url = /forwarding (http:\/\/127\.0\.0\.1:\d+\/mcp) to/.exec(stderr)![1];
      await client.connect(new StreamableHTTPClientTransport(new URL(url)));
      expect((await client.listTools()).tools.map((t) => t.name)).toContain("echo");
      const gone = new Promise((r) => server.once("exit", r));
      server.kill("SIGKILL");
      await gone;
      // What the server did, as the tap saw it: a refused connection, or (when the tap had not yet
      // seen its kept-alive connection to the killed server close: a fresh-clone run at load) a reset
      // after the request went. Either way the host waits out MS first and the log names it.
      await expect(client.callTool({ name: "echo", arguments: { text: "x" } })).rejects.toThrow(
        /could not reach|did not answer again|connection ended before it answered/,
      );
      await expect.poll(() => stderr, { timeout: 20_000 }).toMatch(/did not answer again within 1500 ms/);
    } finally {
      await client.close().catch(() => undefined);
      server.kill("SIGKILL");
      tap.kill("SIGTERM");
      await exited;
    }
  }, 60_000);
});
