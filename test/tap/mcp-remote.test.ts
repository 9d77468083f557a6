import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MessageEntry } from "../../lib/record/format";
import { RecordStore } from "../../server/record/store";
import { startHttpTap, type RunningHttpTap } from "../../server/tap/http-tap";
import { TapRecorder } from "../../server/tap/recorder";
import { FIXTURES, ROOT, freePort } from "../helpers/targets";

// Issue 71: a peer nobody here wrote in front of `tap --listen`. mcp-remote (pinned) is what Claude
// Desktop and other stdio-only hosts run to reach a remote server; here it reaches the tap's
// --listen port, and the tap adds the person's bearer token on its way to the server. mcp-remote
// must see the server exactly as directly (same tools, same answers), the tap must record what
// crossed, and the token must be neither in the record nor needed by mcp-remote.
const SERVER = path.join(FIXTURES, "tap-server.mjs");
const MCP_REMOTE = path.join(ROOT, "node_modules/mcp-remote/dist/proxy.js");
const TOKEN = "mcp-remote-peer-token-0123456789";

let server: ChildProcess;
let serverUrl: string;
let tap: RunningHttpTap;
let record: RecordStore;
let recorder: TapRecorder;

beforeAll(async () => {
  const port = await freePort();
  server = spawn(process.execPath, [SERVER, "http", String(port)], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, TAP_TOKEN: TOKEN },
  });
  await new Promise<void>((resolve) => server.stderr!.on("data", (c: Buffer) => /listening \d+/.test(String(c)) && resolve()));
  serverUrl = `http://127.0.0.1:${port}/mcp`;
  record = new RecordStore();
  recorder = new TapRecorder(record);
  tap = await startHttpTap({ url: serverUrl, port: 0, bearer: TOKEN, recorder, record });
});

afterAll(async () => {
  await tap?.close();
  server?.kill("SIGKILL");
});

/** mcp-remote as a stdio host runs it, pointed at `url` (its own config folder, no browser): what it sees. */
async function throughMcpRemote(url: string, ...extra: string[]): Promise<{ tools: string[]; echo: unknown; count: unknown }> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [MCP_REMOTE, url, "--transport", "http-only", ...extra],
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      MCP_REMOTE_CONFIG_DIR: mkdtempSync(path.join(tmpdir(), "mcp-remote-")),
    },
    stderr: "pipe",
  });
  const client = new Client({ name: "mcp-remote-peer-host", version: "1.0.0" });
  await client.connect(transport);
  try {
    const tools = (await client.listTools()).tools.map((t) => t.name).sort();
    const echo = (await client.callTool({ name: "echo", arguments: { text: "through mcp-remote" } })).content;
    const count = (await client.callTool({ name: "count", arguments: { n: 3 } })).content;
    return { tools, echo, count };
  } finally {
    await client.close();
  }
}

describe("mcp-remote (a peer nobody here wrote) in front of tap --listen", () => {
  it("sees what it sees without the tap; the tap records every call and adds the token itself", async () => {
    const through = await throughMcpRemote(tap.url);
    expect(through.tools).toContain("echo");
    expect(through.echo).toEqual([{ type: "text", text: "through mcp-remote" }]);

    // The same host, straight at the server, needs the token the tap added for it.
    const direct = await throughMcpRemote(serverUrl, "--header", `Authorization:Bearer ${TOKEN}`);
    expect(through).toEqual(direct);

    recorder.flush();
    const entries = record.since(0);
    const msgs = entries.filter((e): e is MessageEntry => e.kind === "message");
    const method = (m: MessageEntry) => (m.message as { method?: string }).method;
    const sent = msgs.filter((m) => m.dir === "client->server").map(method);
    expect(sent).toEqual(expect.arrayContaining(["initialize", "tools/list", "tools/call"]));
    // Every request mcp-remote sent through the tap has its answer paired in the record.
    const calls = msgs.filter((m) => m.dir === "client->server" && method(m) === "tools/call");
    expect(calls).toHaveLength(2);
    for (const call of calls) expect(msgs.some((m) => m.dir === "server->client" && m.pair?.seq === call.seq)).toBe(true);
    expect(JSON.stringify(entries)).not.toContain(TOKEN);
  });
});
