// A Python MCP server tested from node:test: the server runs as a command, as it would in
// production, and every frame is recorded and linted while the test runs.
// Run: node --test. (`await using mcp = await connect(…)` needs Node 24 in plain JavaScript;
// on Node 20, t.after closes the session.)
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { connect, McpHarnessError } from "mcp-inspector-harness";

const here = path.dirname(fileURLToPath(import.meta.url));
const python = process.env.PYTHON ?? (process.platform === "win32" ? "python" : "python3");
const server = { command: python, args: [path.join(here, "server.py")] };

test("adds with structured content that fits its outputSchema", async (t) => {
  const mcp = await connect(server);
  t.after(() => mcp.close());
  assert.equal(mcp.serverInfo.name, "python-notes");
  const { tools } = await mcp.listTools();
  assert.deepEqual(
    tools.map((t) => t.name),
    ["add", "divide"],
  );
  const r = await mcp.callTool("add", { a: 2, b: 3 });
  assert.equal(r.isError, false);
  assert.deepEqual(r.structuredContent, { sum: 5 });
  assert.deepEqual(r.outputSchema, { valid: true, errors: [] });
  assert.deepEqual(mcp.findings({ severity: "error" }), []);
});

test("a tool error is a result, an unknown tool is an McpHarnessError", async (t) => {
  const mcp = await connect(server);
  t.after(() => mcp.close());
  const r = await mcp.callTool("divide", { a: 1, b: 0 });
  assert.equal(r.isError, true);
  assert.match(r.content[0].text, /cannot divide by zero/);
  await assert.rejects(mcp.callTool("sqrt", { x: 4 }), (e) => e instanceof McpHarnessError && e.kind === "tool_not_found");
});

test("reads a resource", async (t) => {
  const mcp = await connect(server);
  t.after(() => mcp.close());
  const { resources } = await mcp.listResources();
  const { contents } = await mcp.readResource(resources[0].uri);
  assert.equal(contents[0].text, "Hello from Python");
});
