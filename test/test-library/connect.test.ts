import { describe, expect, it } from "vitest";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import * as z from "zod";
import { connect, McpHarnessError } from "../../server/test-library";
import { EVERYTHING } from "../helpers/targets";
import { fixture } from "../helpers/fixtures";

const everything = { command: process.execPath, args: [EVERYTHING] };

describe("connect() to the everything server over stdio", () => {
  it("calls a tool, reads a resource, and lints what passed", async () => {
    await using mcp = await connect(everything);
    expect(mcp.serverInfo.name).toMatch(/everything/i);
    const r = await mcp.callTool("echo", { message: "hi there" });
    expect(r.isError).toBe(false);
    expect(r.content[0]).toEqual({ type: "text", text: "Echo: hi there" });
    expect(r.latencyMs).toBeGreaterThanOrEqual(0);
    const structured = await mcp.callTool("get-structured-content", { location: "New York" });
    expect(structured.structuredContent).toBeDefined();
    expect(structured.outputSchema).toEqual({ valid: true, errors: [] });
    const { resources } = await mcp.listResources();
    expect(resources.length).toBeGreaterThan(0);
    const read = await mcp.readResource(resources[0].uri);
    expect(read.contents[0].uri).toBe(resources[0].uri);
    expect(mcp.findings({ severity: "error" })).toEqual([]);
    expect(mcp.record().some((e) => e.kind === "message" && e.pair?.method === "tools/call")).toBe(true);
  });

  it("rejects an unknown tool with tool_not_found, naming the call", async () => {
    await using mcp = await connect(everything);
    const err = await mcp.callTool("no-such-tool", {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(McpHarnessError);
    expect((err as McpHarnessError).kind).toBe("tool_not_found");
    expect((err as McpHarnessError).message).toMatch(
      /^callTool\("no-such-tool"\): the server has no tool "no-such-tool" \(it said: .*\); it lists: .*echo/,
    );
  });

  it("reports progress and logs", async () => {
    await using mcp = await connect(everything);
    const seen: number[] = [];
    await mcp.callTool("trigger-long-running-operation", { duration: 0.3, steps: 3 }, { onProgress: (p) => seen.push(p.progress) });
    expect(seen.length).toBe(3);
  });
});

describe("connect() to a server that cannot start", () => {
  it("rejects with unreachable and the server's stderr", async () => {
    const err = await connect({ command: process.execPath, args: ["/no/such/server.js"] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(McpHarnessError);
    expect((err as McpHarnessError).kind).toBe("unreachable");
    expect((err as McpHarnessError).message).toMatch(/Cannot find module/);
  });

  it("a server that dies mid-call is a closed error with its stderr, not a hang", async () => {
    const t = fixture("crash");
    await using mcp = await connect({ command: t.command, args: t.args });
    const err = await mcp.callTool("crash").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(McpHarnessError);
    expect((err as McpHarnessError).kind).toBe("closed");
    expect((err as McpHarnessError).message).toMatch(/^callTool\("crash"\): the server exited with code 3 before answering tools\/call/);
    expect((err as McpHarnessError).stderrTail.join("\n")).toMatch(/crashing in the middle of tools\/call/);
  });
});

describe("an in-process McpServer", () => {
  it("connects through an in-memory pair, with the same record and lint", async () => {
    const server = new McpServer({ name: "tiny", version: "1.0.0" });
    server.registerTool("add", { inputSchema: { a: z.number(), b: z.number() }, outputSchema: { sum: z.number() } }, ({ a, b }) => ({
      content: [{ type: "text", text: String(a + b) }],
      structuredContent: { sum: a + b },
    }));
    await using mcp = await connect(server);
    expect(mcp.serverInfo).toMatchObject({ name: "tiny", version: "1.0.0" });
    const r = await mcp.callTool("add", { a: 2, b: 3 });
    expect(r.structuredContent).toEqual({ sum: 5 });
    expect(r.outputSchema?.valid).toBe(true);
    expect(mcp.findings({ severity: "error" })).toEqual([]);
    expect(mcp.record().filter((e) => e.kind === "message").length).toBeGreaterThanOrEqual(6);
  });
});
