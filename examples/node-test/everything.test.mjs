// node:test and node:assert, nothing else: the everything server run as a command.
// Run: EVERYTHING=path/to/server-everything/dist/index.js node --test
import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { connect, McpHarnessError } from "mcp-inspector-harness";
import { recordFailedTests } from "mcp-inspector-harness/matchers";

// After each test: a failed test's sessions are written to mcp-recordings/ (the path printed with
// `npx inspector --open …`), and every session the test opened is closed
// (one opened in before() stays open for the file).
recordFailedTests(afterEach, beforeEach);

const everything = { command: process.execPath, args: [process.env.EVERYTHING] };

test("echo, structured content and a resource", async () => {
  // (`await using mcp = …` needs Node 24 in plain JavaScript; on Node 20 the hook above closes it.)
  const mcp = await connect(everything);

  const r = await mcp.callTool("echo", { message: "hi there" });
  assert.equal(r.isError, false);
  assert.deepEqual(r.content, [{ type: "text", text: "Echo: hi there" }]);

  const weather = await mcp.callTool("get-structured-content", { location: "New York" });
  assert.equal(weather.outputSchema?.valid, true);

  const { resources } = await mcp.listResources();
  const { contents } = await mcp.readResource(resources[0].uri);
  assert.equal(contents[0].uri, resources[0].uri);

  assert.deepEqual(mcp.findings({ severity: "error" }), []);
});

test("progress notifications reach onProgress", async () => {
  const mcp = await connect(everything);
  const seen = [];
  await mcp.callTool("trigger-long-running-operation", { duration: 0.2, steps: 2 }, { onProgress: (p) => seen.push(p.progress) });
  assert.equal(seen.length, 2);
});

test("a time limit is an McpHarnessError of kind timeout, naming the call", async () => {
  const mcp = await connect(everything);
  await assert.rejects(
    mcp.callTool("trigger-long-running-operation", { duration: 5, steps: 5 }, { timeout: 200 }),
    (e) => e instanceof McpHarnessError && e.kind === "timeout" && e.call.startsWith("callTool("),
  );
});
