import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { describe, expect, it } from "vitest";
import { RecordStore } from "../../server/record/store";
import { startHttpTap } from "../../server/tap/http-tap";
import { TapRecorder } from "../../server/tap/recorder";
import { FIXTURES } from "../helpers/targets";

function startServer(port: number): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [path.join(FIXTURES, "tap-server.mjs"), "http", String(port)], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  return new Promise((resolve) =>
    child.stderr!.on("data", (c: Buffer) => {
      const m = /listening (\d+)/.exec(String(c));
      if (m) resolve({ child, port: Number(m[1]) });
    }),
  );
}

describe("a restart under the host over Streamable HTTP", () => {
  it("the server restarts and forgets the session: the tap opens a new one with the host's initialize; the host keeps its session id", async () => {
    let server = await startServer(0);
    const url = `http://127.0.0.1:${server.port}/mcp`;
    const record = new RecordStore();
    const tap = await startHttpTap({ url, port: 0, recorder: new TapRecorder(record) });
    const transport = new StreamableHTTPClientTransport(new URL(tap.url));
    const client = new Client({ name: "claude-ai", version: "0.1.0" }, { capabilities: {} });
    try {
      await client.connect(transport);
      const sid = transport.sessionId;
      expect((await client.callTool({ name: "echo", arguments: { text: "before" } })).content).toEqual([{ type: "text", text: "before" }]);
      server.child.kill();
      await new Promise((r) => server.child.once("exit", r));
      server = await startServer(server.port);
      expect((await client.callTool({ name: "echo", arguments: { text: "after" } })).content).toEqual([{ type: "text", text: "after" }]);
      expect(transport.sessionId).toBe(sid);
      expect(record.since(0).some((e) => e.kind === "lifecycle" && /opened a new one with the host's own initialize/.test(e.text))).toBe(
        true,
      );
    } finally {
      await client.close().catch(() => undefined);
      await tap.close();
      server.child.kill();
    }
  });
});
