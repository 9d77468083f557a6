import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { check, connect, mock } from "../../server/test-library";
import { parseSession } from "../../lib/session/file";
import { EVERYTHING, FIXTURES } from "../helpers/targets";
import { startEverythingHttp } from "../helpers/http-everything";
import { startModernHttp } from "../helpers/modern-http";

const tmp = mkdtempSync(path.join(tmpdir(), "api-targets-"));
const modernOnly = { command: process.execPath, args: [path.join(FIXTURES, "modern-only-server.mjs"), "--stdio"] };

// Each test connects its own target, so the tests run at once: check() of the everything server
// calls its read-only tools, trigger-long-running-operation among them (10 s of waiting by default),
// which one after another was most of the file's time.
describe.concurrent("a 2026-07-28 server", () => {
  it("is reached in auto, and every call works in that era", async () => {
    await using mcp = await connect(modernOnly);
    expect(mcp.negotiated).toMatchObject({ era: "modern", protocolVersion: "2026-07-28", serverInfo: { name: "modern-only" } });
    const sum = await mcp.callTool("add", { a: 1, b: 2 });
    expect(sum.structuredContent).toEqual({ sum: 3 });
    expect(sum.outputSchema).toEqual({ valid: true, errors: [] });
    expect((await mcp.readResource("fixture://hello")).contents[0]).toMatchObject({ text: "Hello from the fixture." });
    expect((await mcp.getPrompt("greet", { name: "Ada" })).messages[0].content).toEqual({ type: "text", text: "Say hello to Ada." });
    expect(mcp.findings({ severity: "warning" })).toEqual([]);
  });

  it("over Streamable HTTP too", async () => {
    const server = await startModernHttp("modern-only-server");
    try {
      await using mcp = await connect({ url: server.url });
      expect(mcp.negotiated.era).toBe("modern");
      expect((await mcp.callTool("echo", { message: "hi" })).content).toEqual([{ type: "text", text: "hi" }]);
      expect(mcp.record().some((e) => e.kind === "message" && e.http !== undefined)).toBe(true);
    } finally {
      server.stop();
    }
  });

  it("legacy refuses it with protocol_version", async () => {
    await expect(connect(modernOnly, { protocolEra: "legacy" })).rejects.toMatchObject({ kind: "protocol_version" });
  });
});

describe.concurrent("the other target forms", () => {
  let http: Awaited<ReturnType<typeof startEverythingHttp>>;
  beforeAll(async () => {
    http = await startEverythingHttp("streamableHttp");
  });
  afterAll(() => http.stop());

  it("an HTTP URL, with its headers sent and kept out of the saved session", async () => {
    await using mcp = await connect({ url: http.url, headers: { "X-Api-Key": "sk-test-0123456789abcdef" } });
    expect((await mcp.callTool("echo", { message: "over http" })).content).toEqual([{ type: "text", text: "Echo: over http" }]);
    const file = await mcp.saveSession(path.join(tmp, "http.mcp-session.json"));
    const text = readFileSync(file, "utf8");
    expect(text).not.toContain("sk-test-0123456789abcdef");
    const parsed = parseSession(text);
    expect(parsed.ok && parsed.session.target).toEqual({ transport: "http", url: http.url, headerNames: ["X-Api-Key"] });
  });

  it("a config file's server, its env passed and redacted from the saved session", async () => {
    const config = path.join(tmp, "mcp.json");
    writeFileSync(
      config,
      JSON.stringify({ mcpServers: { everything: { command: process.execPath, args: [EVERYTHING], env: { TOKEN: "${MY_TOKEN}" } } } }),
    );
    process.env.MY_TOKEN = "tok-9f8e7d6c5b4a";
    await using mcp = await connect({ config, server: "everything" });
    const env = await mcp.callTool("get-env");
    expect(JSON.stringify(env.content)).toContain("tok-9f8e7d6c5b4a");
    const saved = readFileSync(await mcp.saveSession(path.join(tmp, "nested/dir/config.mcp-session.json")), "utf8");
    expect(saved).not.toContain("tok-9f8e7d6c5b4a");
    expect(parseSession(saved).ok).toBe(true);
  });

  it("a config file that cannot be read is a usage error naming the file", async () => {
    await expect(connect({ config: path.join(tmp, "missing.json") })).rejects.toThrow(/cannot read .*missing\.json: no such file/);
  });

  it("a target that is none of the forms is a usage error", async () => {
    await expect(connect({} as never)).rejects.toMatchObject({ kind: "usage" });
  });
});

describe.concurrent("check() and mock()", () => {
  it("check() gives the check command's report as data", async () => {
    const report = await check({ command: process.execPath, args: [EVERYTHING] });
    expect(report.connected).toBe(true);
    expect(report.listed.tools).toBeGreaterThan(5);
    expect(report.probes.find((p) => p.id === "ping")?.status).toBe("pass");
  });

  it("check() of an in-process server", async () => {
    const server = new McpServer({ name: "tiny", version: "1.0.0" });
    server.registerTool("hello", {}, () => ({ content: [{ type: "text", text: "hi" }] }));
    const report = await check(server, { callTools: true });
    expect(report).toMatchObject({ connected: true, server: { name: "tiny" }, listed: { tools: 1 } });
  });

  it("mock() plays a saved session to a client, over HTTP and as a command", async () => {
    const file = path.join(tmp, "echo.mcp-session.json");
    {
      await using mcp = await connect({ command: process.execPath, args: [EVERYTHING] });
      await mcp.callTool("echo", { message: "recorded" });
      await mcp.saveSession(file);
    }
    await using played = await mock(file);
    {
      await using client = await connect({ url: played.url });
      expect((await client.callTool("echo", { message: "recorded" })).content).toEqual([{ type: "text", text: "Echo: recorded" }]);
    }
    await using overStdio = await connect(played.command);
    expect((await overStdio.callTool("echo", { message: "recorded" })).content).toEqual([{ type: "text", text: "Echo: recorded" }]);
  });
});
