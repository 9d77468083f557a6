// An SDK server built in the test itself: connected through an in-memory pair, no process, a few
// milliseconds per test, and the same record and lint as a server run as a command.
import { test, expect } from "vitest";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import * as z from "zod";
import { connect } from "mcp-inspector-harness";
import "mcp-inspector-harness/vitest";

function notesServer() {
  const server = new McpServer({ name: "notes", version: "1.0.0" });
  const notes = new Map<string, string>();
  server.registerTool(
    "add-note",
    { inputSchema: { title: z.string(), body: z.string() }, outputSchema: { count: z.number() } },
    ({ title, body }) => {
      notes.set(title, body);
      return { content: [{ type: "text", text: `saved "${title}"` }], structuredContent: { count: notes.size } };
    },
  );
  server.registerTool("get-note", { inputSchema: { title: z.string() } }, ({ title }) =>
    notes.has(title)
      ? { content: [{ type: "text", text: notes.get(title)! }] }
      : { content: [{ type: "text", text: `no note "${title}"` }], isError: true },
  );
  return server;
}

test("a tool's result and its outputSchema", async () => {
  await using mcp = await connect(notesServer());
  const saved = await mcp.callTool("add-note", { title: "groceries", body: "milk" });
  expect(saved).toBeToolSuccess();
  expect(saved).toMatchOutputSchema();
  expect(saved.structuredContent).toEqual({ count: 1 });
  expect(await mcp.callTool("get-note", { title: "groceries" })).toHaveTextContent("milk");
  expect(mcp).toHaveNoFindings({ severity: "warning" });
});

test("a tool error is a result, not an exception", async () => {
  await using mcp = await connect(notesServer());
  expect(await mcp.callTool("get-note", { title: "nothing" })).toBeToolError(/no note/);
});
