import { describe, expect, it } from "vitest";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { connect } from "../../server/test-library";
import { peekTestSessions } from "../../server/test-library/live-sessions";
import { Linter } from "../../lib/lint";

describe("an in-process McpServer through the in-memory pair", () => {
  it("records what the server sent, not what it did to its result afterwards", async () => {
    const kept = { content: [{ type: "text" as const, text: "first" }] };
    const server = new McpServer({ name: "keeper", version: "1.0.0" });
    server.registerTool("keep", {}, () => kept);
    await using mcp = await connect(server);
    const r = await mcp.callTool("keep");
    kept.content[0].text = "changed later";
    expect(r.content[0]).toEqual({ type: "text", text: "first" });
    const response = mcp.record().findLast((e) => e.kind === "message" && e.dir === "server->client");
    expect(JSON.stringify(response)).toContain('"text":"first"');
    expect(JSON.stringify(response)).not.toContain("changed later");
  });

  it("records the arguments as sent: a test that reuses and changes its arguments object changes neither the record nor what the server got", async () => {
    const seen: string[] = [];
    const server = new McpServer({ name: "listener", version: "1.0.0" });
    server.registerTool("hear", { inputSchema: { word: z.string() } }, ({ word }) => {
      seen.push(word);
      return { content: [{ type: "text", text: word }] };
    });
    await using mcp = await connect(server);
    const args = { word: "one" };
    await mcp.callTool("hear", args);
    args.word = "two";
    await mcp.callTool("hear", args);
    expect(seen).toEqual(["one", "two"]);
    const sent = mcp
      .record()
      .flatMap((e) =>
        e.kind === "message" && e.dir === "client->server" ? [e.message as { method?: string; params?: { arguments?: unknown } }] : [],
      )
      .filter((m) => m.method === "tools/call")
      .map((m) => m.params?.arguments);
    expect(sent).toEqual([{ word: "one" }, { word: "two" }]);
  });

  it("hands over what a JSON wire would carry, and records each frame's size as its JSON text's bytes", async () => {
    // A low-level Server can answer anything: a Date, an undefined member, a -0, a non-ASCII string.
    const server = new Server({ name: "loose", version: "1.0.0" }, { capabilities: { tools: {} } });
    server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: [{ name: "when", inputSchema: { type: "object" } }] }));
    server.setRequestHandler(CallToolRequestSchema, () => ({
      content: [{ type: "text", text: "Grüße 😀" }],
      structuredContent: { at: new Date(Date.UTC(2026, 10, 24)), gone: undefined, zero: -0 },
    }));
    await using mcp = await connect(server);
    const r = await mcp.callTool("when");
    expect(r.structuredContent).toStrictEqual({ at: "2026-11-24T00:00:00.000Z", zero: 0 });
    expect(Object.is((r.structuredContent as { zero: number }).zero, 0)).toBe(true);
    const messages = mcp.record().flatMap((e) => (e.kind === "message" ? [e] : []));
    expect(messages.length).toBeGreaterThanOrEqual(6);
    for (const e of messages) expect(e.size).toBe(Buffer.byteLength(JSON.stringify(e.message)));
  });

  it("delivers the server's frames in the order sent: its logs before its answer", async () => {
    const server = new McpServer({ name: "chatty", version: "1.0.0" }, { capabilities: { logging: {} } });
    server.registerTool("chat", {}, async () => {
      for (let i = 0; i < 5; i++) await server.sendLoggingMessage({ level: "info", data: `line ${i}` });
      return { content: [{ type: "text", text: "done" }] };
    });
    await using mcp = await connect(server);
    await mcp.callTool("chat");
    expect(mcp.logs().map((l) => l.data)).toEqual(["line 0", "line 1", "line 2", "line 3", "line 4"]);
    const fromServer = mcp.record().flatMap((e) => (e.kind === "message" && e.dir === "server->client" ? [e.message] : []));
    const last = fromServer.at(-1) as { result?: { content?: unknown[] } };
    expect(last.result?.content).toEqual([{ type: "text", text: "done" }]);
  });
});

describe("findings() on demand", () => {
  it("gives what linting every entry as it came gives, past the lint's batch of 5,000 entries", async () => {
    // A low-level Server: McpServer would refuse its own wrong structuredContent before it is sent.
    const server = new Server({ name: "liar", version: "1.0.0" }, { capabilities: { tools: {} } });
    const outputSchema = { type: "object", properties: { sum: { type: "number" } }, required: ["sum"] };
    server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: [{ name: "sum", inputSchema: { type: "object" }, outputSchema }] }));
    // Declares a number and answers a string: the lint flags each call (tools/structured-content).
    server.setRequestHandler(CallToolRequestSchema, () => ({ content: [{ type: "text", text: "x" }], structuredContent: { sum: "NaN" } }));
    await using mcp = await connect(server);
    await mcp.callTool("sum");
    const early = mcp.findings().filter((f) => f.rule === "tools/structured-content").length;
    expect(early).toBe(1);
    const calls = 2600;
    for (let i = 0; i < calls; i++) await mcp.callTool("sum");
    const entries = mcp.record();
    expect(entries.length).toBeGreaterThan(5000);
    const live = new Linter();
    for (const e of entries) live.push(e as never);
    expect(mcp.findings()).toEqual(live.findings());
    expect(mcp.findings().filter((f) => f.rule === "tools/structured-content")).toHaveLength(calls + 1);
  });
});

describe("sessions no test hook takes", () => {
  it("a script that connects and closes in a loop keeps only the newest 32 ended sessions for a hook, and every open one", async () => {
    const server = () => new McpServer({ name: "loop", version: "1.0.0" });
    const open = await connect(server());
    for (let i = 0; i < 40; i++) await (await connect(server())).close();
    const kept = peekTestSessions().own;
    expect(kept.filter((r) => r.ended)).toHaveLength(32);
    expect(kept.filter((r) => !r.ended)).toHaveLength(1);
    await open.close();
  });
});
