// Jest, native ESM (no Babel, no ts-jest): run with
//   NODE_OPTIONS=--experimental-vm-modules npx jest
// `mcp-inspector-harness/jest` adds the matchers to Jest's expect and writes a failed test's
// recordings to mcp-recordings/.
import { expect, test } from "@jest/globals";
import { connect, McpHarnessError } from "mcp-inspector-harness";
import "mcp-inspector-harness/jest";

const everything = { command: process.execPath, args: [process.env.EVERYTHING] };

test("echo and structured content", async () => {
  // `await using` needs Node 24 in plain JavaScript: try/finally closes the session on Node 20.
  const mcp = await connect(everything);
  try {
    const r = await mcp.callTool("echo", { message: "hi there" });
    expect(r).toBeToolSuccess();
    expect(r).toHaveTextContent(/Echo: hi there/);
    expect(await mcp.callTool("get-structured-content", { location: "New York" })).toMatchOutputSchema();
    expect(mcp).toHaveNoFindings({ severity: "error" });
  } finally {
    await mcp.close();
  }
});

test("an unknown tool rejects with tool_not_found", async () => {
  const mcp = await connect(everything);
  try {
    const err = await mcp.callTool("no-such-tool").catch((e) => e);
    expect(err).toBeInstanceOf(McpHarnessError);
    expect(err.kind).toBe("tool_not_found");
    expect(err.message).toMatch(/no-such-tool/);
  } finally {
    await mcp.close();
  }
});
