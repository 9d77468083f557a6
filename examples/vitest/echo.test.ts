import { test, expect } from "vitest";
import { connect } from "mcp-inspector-harness";
import "mcp-inspector-harness/vitest";

test("echo and structured content", async () => {
  await using mcp = await connect({ command: process.execPath, args: [process.env.EVERYTHING!] });
  const r = await mcp.callTool("echo", { message: "hi there" });
  expect(r).toBeToolSuccess();
  expect(r).toHaveTextContent(/Echo: hi there/);
  expect(await mcp.callTool("get-structured-content", { location: "New York" })).toMatchOutputSchema();
  const { resources } = await mcp.listResources();
  expect(JSON.stringify(await mcp.readResource(resources[0].uri))).toContain(resources[0].uri);
  expect(mcp).toHaveNoFindings({ severity: "error" });
  await mcp.saveSession("echo.mcp-session.json");
});
