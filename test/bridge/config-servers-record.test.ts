import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import WebSocket from "ws";
import { afterAll, expect, test } from "vitest";
import { listenInspector } from "../../server/launcher/inspector";
import { createCore } from "../../server/launcher/inspector-core";
import { InspectorClient, type SocketLike } from "../../lib/wire/client";
import type { Entry } from "../../lib/record/format";

// Issue 71 part 5, through the launcher's own wiring (inspector-core.ts): the page connects a
// server from a host's file whose entry filled a value from the environment; the server prints
// it on stderr. Every entry the page's socket is sent has it masked.
const FILLED = "filled-secret-71-through-the-bridge";
const dir = mkdtempSync(path.join(tmpdir(), "config-record-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a server started from a host's file echoes a filled value on stderr: the page's record shows it masked", async () => {
  const file = path.join(dir, ".vscode", "mcp.json");
  mkdirSync(path.dirname(file));
  const script = "process.stderr.write('starting with key ' + process.argv[1] + '\\n'); process.exit(3)";
  writeFileSync(
    file,
    JSON.stringify({ servers: { echoer: { type: "stdio", command: process.execPath, args: ["-e", script, "${env:H71_BRIDGE}"] } } }),
  );
  // The core reads the environment when it is made (a variable set later is not taken).
  process.env.H71_BRIDGE = FILLED;
  const inspector = await listenInspector({
    port: 0,
    sandboxPort: false,
    pages: () => undefined,
    loadCore: async () => createCore({ configFile: file }),
  });
  try {
    await inspector.ready;
    delete process.env.H71_BRIDGE;
    const ws = new WebSocket(`ws://127.0.0.1:${inspector.port}/ws`, { headers: { Authorization: `Bearer ${inspector.token}` } });
    await new Promise<void>((resolve, reject) => ws.once("open", () => resolve()).once("error", reject));
    const got: Entry[] = [];
    const client = new InspectorClient(ws as unknown as SocketLike, {
      entries: (e) => void got.push(...e),
      accepted: () => undefined,
      state: () => undefined,
      problem: () => undefined,
    });
    await client.hello(0);
    const list = await client.command({ type: "servers-list" });
    const connected = await client.command({ type: "server-connect", key: list.servers[0].key }).then(
      (r) => JSON.stringify(r),
      (e: Error) => e.message,
    );
    await expect.poll(() => got.find((e) => e.kind === "stderr")?.text, { timeout: 10_000 }).toContain("starting with key ••••");
    expect(JSON.stringify(got)).not.toContain(FILLED);
    expect(connected).not.toContain(FILLED);
    ws.close();
  } finally {
    delete process.env.H71_BRIDGE;
    await inspector.close();
  }
});
