// This test FAILS ON PURPOSE, to show what a failed test leaves behind: its session's recording,
// redacted, in mcp-recordings/ (or $MCP_RECORDINGS_DIR), and the command that opens it:
//   npx inspector --open mcp-recordings/<test>.mcp-session.json
// The page shows the timeline of every frame, the findings, and can Reproduce the calls.
import { test, expect } from "vitest";
import { connect } from "mcp-inspector-harness";
import "mcp-inspector-harness/vitest";

test("echo says goodbye", async () => {
  await using mcp = await connect({ command: process.execPath, args: [process.env.EVERYTHING!] });
  const r = await mcp.callTool("echo", { message: "hello" });
  expect(r).toHaveTextContent(/goodbye/); // it says "Echo: hello": this line fails
});
