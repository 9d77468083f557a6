import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, ROOT } from "../helpers/targets";
import { runLauncher } from "../helpers/launcher";

// Issue 65's "recorded and replayed through the tap, over HTTP": the tap as a host starts it
// (bin/inspector.mjs, dist/ built by `npm run build`), a host over Streamable HTTP, the session
// saved when the tap is stopped, then `replay` and `test --from-session` on that file against the
// same server, as for a stdio tap's recording (official-cli.test.ts).
const BIN = path.join(ROOT, "bin/inspector.mjs");

let server: ChildProcess;
let serverUrl: string;

beforeAll(async () => {
  server = spawn(process.execPath, [path.join(FIXTURES, "tap-server.mjs"), "http", "0"], { stdio: ["ignore", "ignore", "pipe"] });
  const port = await new Promise<string>((resolve) =>
    server.stderr!.on("data", (c: Buffer) => /listening (\d+)/.test(String(c)) && resolve(/listening (\d+)/.exec(String(c))![1])),
  );
  serverUrl = `http://127.0.0.1:${port}/mcp`;
});
afterAll(() => void server.kill());

/** `inspector ARGS` to its end: its exit code and what it wrote (test/helpers/launcher.ts). */
async function run(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const r = runLauncher(args);
  const { code } = await r.exited;
  return { code, out: r.stdout(), err: r.stderr() };
}

describe("an HTTP tap's recording", () => {
  it("is saved when the tap stops, replays against the server and becomes a collection", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "tap-http-replay-")), "http.mcp-session.json");
    const tap = spawn(process.execPath, [BIN, "tap", "--server-url", serverUrl, "--listen", "0", "--no-page", "--save-session", file], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let err = "";
    const listening = new Promise<string>((resolve) =>
      tap.stderr!.on("data", (c: Buffer) => {
        err += c;
        const m = /forwarding (http:\/\/127\.0\.0\.1:\d+\/mcp) to /.exec(err);
        if (m) resolve(m[1]);
      }),
    );
    const client = new Client({ name: "claude-ai", version: "0.1.0" }, { capabilities: {} });
    await client.connect(new StreamableHTTPClientTransport(new URL(await listening)));
    expect((await client.listTools()).tools.map((t) => t.name)).toContain("echo");
    expect((await client.callTool({ name: "echo", arguments: { text: "over http" } })).content).toEqual([
      { type: "text", text: "over http" },
    ]);
    await client.close();
    tap.kill("SIGTERM");
    expect(await new Promise((resolve) => tap.once("exit", resolve))).toBe(0);
    expect(err).toMatch(/session saved to .*http\.mcp-session\.json/);
    const saved = JSON.parse(readFileSync(file, "utf8")) as { target: { transport: string; url: string } };
    expect(saved.target).toMatchObject({ transport: "http", url: serverUrl });

    const replayed = await run(["replay", file, "--yes"]);
    // It says where it connects before it does: the recorded URL, no header (the host's token stays out).
    expect(replayed.err).toContain(`Streamable HTTP: ${serverUrl}`);
    expect(replayed.err).toContain("headers passed: none");
    expect(replayed.code).toBe(0);
    expect(replayed.out).toMatch(/same +#\d+ tools\/call echo/);
    expect(replayed.out).toMatch(/2 same, 0 changed/);

    const collection = await run(["test", "--from-session", file]);
    expect(collection.code).toBe(0);
    expect(collection.out).toMatch(/tool: echo\n\s+arguments:\n\s+text: over http/);
  });
});
