import { describe, expect, it } from "vitest";
import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { ReadResourceRequestSchema, SubscribeRequestSchema, UnsubscribeRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import * as z from "zod";
import { connect, McpHarnessError } from "../../server/test-library";
import { fixture } from "../helpers/fixtures";

/** A server with a subscribable resource whose updates the test triggers through a tool, a prompt with completion, and logging. */
function notesServer() {
  const server = new McpServer({ name: "notes", version: "2.0.0" }, { capabilities: { resources: { subscribe: true }, logging: {} } });
  const subscribed = new Set<string>();
  server.server.setRequestHandler(SubscribeRequestSchema, (r) => (subscribed.add(r.params.uri), {}));
  server.server.setRequestHandler(UnsubscribeRequestSchema, (r) => (subscribed.delete(r.params.uri), {}));
  server.registerResource("note", "note://1", { mimeType: "text/plain" }, (uri) => ({ contents: [{ uri: uri.href, text: "one" }] }));
  server.registerResource(
    "by-id",
    new ResourceTemplate("note://{id}", { list: undefined, complete: { id: (v) => ["1", "2", "10"].filter((x) => x.startsWith(v)) } }),
    {},
    (uri) => ({ contents: [{ uri: uri.href, text: uri.href }] }),
  );
  server.registerTool("touch", { inputSchema: { times: z.number() } }, async ({ times }) => {
    for (let i = 0; i < times; i++) if (subscribed.has("note://1")) await server.server.sendResourceUpdated({ uri: "note://1" });
    await server.server.sendLoggingMessage({ level: "info", logger: "notes", data: `touched ${times}` });
    return { content: [{ type: "text", text: `touched ${times}` }] };
  });
  server.registerPrompt("summarize", { argsSchema: { topic: z.string() } }, ({ topic }) => ({
    messages: [{ role: "user", content: { type: "text", text: `Summarize ${topic}` } }],
  }));
  return server;
}

describe("a session's methods against an in-process server", () => {
  it("subscribe: updates one at a time, as an async iterator, and unsubscribe", async () => {
    await using mcp = await connect(notesServer());
    const sub = await mcp.subscribe("note://1");
    await mcp.callTool("touch", { times: 3 });
    expect((await sub.nextUpdate()).params).toEqual({ uri: "note://1" });
    const seen: unknown[] = [];
    for await (const u of sub) {
      seen.push(u.params.uri);
      if (seen.length === 2) break;
    }
    expect(seen).toEqual(["note://1", "note://1"]);
    expect(sub.updates).toBe(3);
    await sub.unsubscribe();
    expect(mcp.record().some((e) => e.kind === "message" && e.pair?.method === "resources/unsubscribe")).toBe(true);
    const late = await sub.nextUpdate({ timeout: 50 }).catch((e: unknown) => e);
    expect((late as McpHarnessError).kind).toBe("timeout");
    expect((late as McpHarnessError).message).toMatch(/nextUpdate\(\): nothing came within 50 ms \(received: .*resources\/updated ×3/);
  });

  it("waitForNotification takes each notification once, including one that came before the wait", async () => {
    await using mcp = await connect(notesServer());
    await mcp.callTool("touch", { times: 0 });
    await mcp.callTool("touch", { times: 0 });
    const first = await mcp.waitForNotification("notifications/message");
    const second = await mcp.waitForNotification("notifications/message", (n) => n.params.data === "touched 0");
    expect([first.params.data, second.params.data]).toEqual(["touched 0", "touched 0"]);
    await expect(mcp.waitForNotification("notifications/message", undefined, { timeout: 30 })).rejects.toMatchObject({ kind: "timeout" });
    expect(mcp.logs()).toEqual([
      { level: "info", logger: "notes", data: "touched 0" },
      { level: "info", logger: "notes", data: "touched 0" },
    ]);
    expect(mcp.notifications("notifications/message")).toHaveLength(2);
  });

  it("prompts, completion, log level, ping and any request", async () => {
    await using mcp = await connect(notesServer());
    expect((await mcp.listPrompts()).prompts.map((p) => p.name)).toEqual(["summarize"]);
    const got = await mcp.getPrompt("summarize", { topic: "MCP" });
    expect(got.messages[0].content).toEqual({ type: "text", text: "Summarize MCP" });
    const done = await mcp.complete({ type: "ref/resource", uri: "note://{id}" }, { name: "id", value: "1" });
    expect(done.values).toEqual(["1", "10"]);
    await mcp.setLogLevel("debug");
    await mcp.ping();
    expect((await mcp.listResourceTemplates()).resourceTemplates[0].uriTemplate).toBe("note://{id}");
    expect(await mcp.request("resources/read", { uri: "note://7" })).toEqual({ contents: [{ uri: "note://7", text: "note://7" }] });
    const wrong = await mcp.request("no/such/method").catch((e: unknown) => e);
    expect(wrong).toMatchObject({ kind: "rpc_error", rpc: { code: -32601 } });
    expect((wrong as Error).message).toMatch(/^request\("no\/such\/method"\): JSON-RPC error -32601/);
  });

  it("a call past its time limit is a timeout naming the call, and the server hears the cancellation", async () => {
    const t = fixture("hang");
    await using mcp = await connect({ command: t.command, args: t.args });
    const err = await mcp.callTool("hang", {}, { timeout: 200 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: "timeout", call: 'callTool("hang")' });
    await expect.poll(() => mcp.stderr().join("\n")).toMatch(/hang fixture: cancelled/);
    // The session still works after a timed-out call.
    expect((await mcp.callTool("fine")).content).toEqual([{ type: "text", text: "ok" }]);
  });

  it("a typed method refuses an answer of the wrong shape; request() gives it as sent", async () => {
    const server = new Server({ name: "odd", version: "1.0.0" }, { capabilities: { resources: {} } });
    server.setRequestHandler(ReadResourceRequestSchema, () => ({ contents: "not a list" }) as never);
    await using mcp = await connect(server);
    const err = await mcp.readResource("odd://1").catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: "invalid_response" });
    expect((err as Error).message).toMatch(/^readResource\("odd:\/\/1"\): the server's answer to resources\/read is malformed: contents: /);
    expect(await mcp.request("resources/read", { uri: "odd://1" })).toEqual({ contents: "not a list" });
  });

  it("calls after close() say the session is not connected", async () => {
    const mcp = await connect(notesServer());
    await mcp.close();
    await mcp.close();
    await expect(mcp.listTools()).rejects.toMatchObject({ kind: "not_connected" });
  });
});
