import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { ToolListChangedNotificationSchema } from "@modelcontextprotocol/sdk/types.js";
import { describe, expect, it } from "vitest";
import { parseCommandLine } from "../../server/commands/main";
import type { TapArgs } from "../../server/commands/tap/args";
import { FIXTURES, ROOT } from "../helpers/targets";
import { freePort } from "../helpers/free-port";

describe("inspector tap --server-url URL --listen PORT -- COMMAND (the command line)", () => {
  it("takes the HTTP server's command with --listen; refuses it without, and --watch without a command", () => {
    const a = parseCommandLine(["tap", "--server-url", "http://127.0.0.1:9/mcp", "--listen", "0", "--watch", "src", "--", "node", "s.js"])
      .args as unknown as TapArgs;
    expect(a).toMatchObject({ serverUrl: "http://127.0.0.1:9/mcp", listen: 0, watch: ["src"], command: "node", args: ["s.js"] });
    expect(() => parseCommandLine(["tap", "--server-url", "http://127.0.0.1:9/mcp", "--", "node", "s.js"])).toThrow(/not both/);
    expect(() => parseCommandLine(["tap", "--server-url", "http://127.0.0.1:9/mcp", "--listen", "0", "--watch", "src"])).toThrow(
      /--watch restarts a server the tap starts/,
    );
  });

  it("spawned: it starts the server, serves the host, and on kill -USR2 restarts it under the host (session kept, list_changed)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tap-http-cli-"));
    const tools = path.join(dir, "tools.txt");
    writeFileSync(tools, "");
    const port = await freePort();
    const child = spawn(
      process.execPath,
      [
        path.join(ROOT, "bin/inspector.mjs"),
        "tap",
        "--no-page",
        "--server-url",
        `http://127.0.0.1:${port}/mcp`,
        "--listen",
        "0",
        "--",
        process.execPath,
        path.join(FIXTURES, "tap-server.mjs"),
        "http",
        String(port),
      ],
      { env: { ...process.env, TAP_TOOLS_FILE: tools }, stdio: ["ignore", "ignore", "pipe"] },
    );
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((r) => child.once("exit", r));
    try {
      await expect.poll(() => /forwarding (http:\/\/127\.0\.0\.1:\d+\/mcp) to/.exec(stderr)?.[1], { timeout: 20_000 }).toBeDefined();
      const url = /forwarding (http:\/\/127\.0\.0\.1:\d+\/mcp) to/.exec(stderr)![1];
      expect(stderr).toMatch(/\(started .*tap-server\.mjs http \d+, pid \d+; restart with kill -USR2 \d+\)/);
      const transport = new StreamableHTTPClientTransport(new URL(url));
      const client = new Client({ name: "cursor", version: "1.0.0" }, { capabilities: {} });
      let changed = 0;
      client.setNotificationHandler(ToolListChangedNotificationSchema, () => void changed++);
      await client.connect(transport);
      const sid = transport.sessionId;
      expect((await client.listTools()).tools.map((t) => t.name)).not.toContain("fresh");
      writeFileSync(tools, "fresh\n");
      child.kill("SIGUSR2");
      await expect.poll(() => changed, { timeout: 20_000 }).toBe(1);
      expect((await client.listTools()).tools.map((t) => t.name)).toContain("fresh");
      expect(transport.sessionId).toBe(sid);
      await client.close();
    } finally {
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    }
    // The server went with the tap: nothing listens on its port any more.
    await expect(
      new Promise((resolve, reject) => {
        const s = createServer().listen(port, "127.0.0.1", () => s.close(resolve));
        s.on("error", reject);
      }),
    ).resolves.toBeUndefined();
  }, 60_000);
});
