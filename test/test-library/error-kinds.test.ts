import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { connect, McpHarnessError, mock } from "../../server/test-library";
import { fixture } from "../helpers/fixtures";

/** What a call rejected with. */
async function rejection(p: Promise<unknown>): Promise<McpHarnessError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  if (!(e instanceof McpHarnessError)) throw new Error(`expected an McpHarnessError, got ${String(e)}`);
  return e;
}

const handWritten = () => {
  const t = fixture("hand-written-echo");
  return { command: t.command, args: t.args };
};

describe("error kinds come from the protocol, never from the message's English (issue 48 point 5)", () => {
  it("a -32602 'Invalid arguments for tool echo' for a tool the server lists is an rpc_error; an unlisted tool is tool_not_found", async () => {
    await using mcp = await connect(handWritten());
    const bad = await rejection(mcp.callTool("echo", { message: 42 }));
    expect(bad.kind).toBe("rpc_error");
    expect(bad.rpc).toEqual({ code: -32602, message: "Invalid arguments for tool echo" });
    expect(bad.message).toBe('callTool("echo"): JSON-RPC error -32602 (Invalid params): Invalid arguments for tool echo');

    const unknown = await rejection(mcp.callTool("nope"));
    expect(unknown.kind).toBe("tool_not_found");
    expect(unknown.rpc?.code).toBe(-32602);
    expect(unknown.message).toBe('callTool("nope"): the server has no tool "nope" (it said: Unknown tool: nope); it lists: echo, add-tool');
  });

  it("a tool added since the listing (list_changed) is judged by the list as it is now", async () => {
    await using mcp = await connect(handWritten());
    await mcp.callTool("add-tool");
    await mcp.waitForNotification("notifications/tools/list_changed");
    const e = await rejection(mcp.callTool("late", { x: 1 }));
    expect(e.kind).toBe("rpc_error");
    expect(e.rpc?.message).toBe("Invalid arguments for tool late: it wants none of these");
  });

  it("an unrecorded call against mock() for a recorded tool is an rpc_error; a tool the recording never listed is tool_not_found", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "error-kinds-")), "echo.mcp-session.json");
    {
      await using mcp = await connect(handWritten());
      await mcp.callTool("echo", { message: "recorded" });
      await mcp.saveSession(file);
    }
    await using played = await mock(file);
    await using client = await connect({ url: played.url });
    expect((await client.callTool("echo", { message: "recorded" })).content).toEqual([{ type: "text", text: "Echo: recorded" }]);
    const unrecorded = await rejection(client.callTool("echo", { message: "never said" }));
    expect(unrecorded.kind).toBe("rpc_error");
    expect(unrecorded.rpc?.code).toBe(-32602);
    expect(unrecorded.rpc?.message).toMatch(/^no recorded tools\/call echo matches this request/);
    expect((await rejection(client.callTool("absent"))).kind).toBe("tool_not_found");
  });
});
