import { request } from "node:http";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { RunningInspector } from "../../server/launcher/inspector";
import { startTestInspector } from "../helpers/inspector";
import { EVERYTHING } from "../helpers/targets";
import { use } from "./helpers";

let inspector: RunningInspector;
beforeAll(async () => void (inspector = await startTestInspector()));
afterAll(async () => inspector.close());

/** A raw POST, so the Host and Origin headers are the test's to set. */
function post(headers: Record<string, string>): Promise<number> {
  const u = new URL(inspector.agentUrl!);
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: u.port, path: u.pathname, method: "POST", headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end("{}");
  });
}

test("the agent's endpoint wants the token, a loopback Host and no foreign Origin", async () => {
  const bearer = { Authorization: `Bearer ${inspector.token}`, "Content-Type": "application/json" };
  expect(await post({ "Content-Type": "application/json" })).toBe(401);
  expect(await post({ ...bearer, Authorization: "Bearer wrong" })).toBe(401);
  expect(await post({ ...bearer, Host: "evil.example:80" })).toBe(403);
  expect(await post({ ...bearer, Origin: "http://evil.example" })).toBe(403);
});

test("an agent attached over HTTP drives the page's connection, its frames marked as the agent's", async () => {
  const client = new Client({ name: "agent-test", version: "1.0.0" });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(inspector.agentUrl!), {
      requestInit: { headers: { Authorization: `Bearer ${inspector.token}` } },
    }),
  );
  try {
    const c = await use(client, "connect", { command: process.execPath, args: [EVERYTHING, "stdio"] });
    expect(c.data).toMatchObject({ name: "page", status: "connected" });
    expect(inspector.engine.getState().status).toBe("connected");
    const r = await use(client, "call_tool", { tool: "echo", arguments: { message: "from the agent" } });
    expect(r.isError, r.text).toBe(false);
    const calls = inspector.record
      .since(0)
      .filter((e) => e.kind === "message" && (e.pair?.method ?? (e.message as { method?: string }).method) === "tools/call");
    expect(calls.map((e) => e.kind === "message" && [e.dir, e.by])).toEqual([
      ["client->server", "agent"],
      ["server->client", "agent"],
    ]);
    // The person's own request is not the agent's.
    await inspector.engine.request("ping", undefined);
    const ping = inspector.record.since(0).filter((e) => e.kind === "message" && (e.message as { method?: string }).method === "ping");
    expect(ping.at(-1)).not.toHaveProperty("by");
  } finally {
    await client.close();
  }
});
