import { describe, expect, it } from "vitest";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { connect, McpHarnessError } from "../../server/test-library";

/** A server whose tools/list pages: `next` picks each page's nextCursor from the cursor asked for. */
function paging(next: (cursor: string | undefined) => string | undefined) {
  const server = new Server({ name: "paging", version: "1.0.0" }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, (req) => {
    const cursor = req.params?.cursor;
    const nextCursor = next(cursor);
    return { tools: [{ name: `t-${cursor ?? 0}`, inputSchema: { type: "object" as const } }], ...(nextCursor ? { nextCursor } : {}) };
  });
  return server;
}

async function rejection(p: Promise<unknown>): Promise<McpHarnessError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  if (!(e instanceof McpHarnessError)) throw new Error(`expected an McpHarnessError, got ${String(e)}`);
  return e;
}

describe("a list that never ends is the server's bug, not a silent cut (issue 48: verdicts)", () => {
  it("a cursor that comes back is an invalid_response naming it", async () => {
    await using mcp = await connect(paging((c) => (c === undefined ? "a" : c === "a" ? "b" : "a")));
    const e = await rejection(mcp.listTools());
    expect(e.kind).toBe("invalid_response");
    expect(e.message).toBe('listTools(): the list never ends: page 3 gave again the cursor "a"');
  });

  it("a fresh cursor on every page ends after 1,000 pages with an invalid_response", async () => {
    await using mcp = await connect(paging((c) => String(Number(c ?? 0) + 1)));
    const e = await rejection(mcp.listTools());
    expect(e.kind).toBe("invalid_response");
    expect(e.message).toBe("listTools(): the list never ends: 1000 pages, each with a nextCursor");
  });

  it("a list that ends is read whole; one page is given with its cursor", async () => {
    await using mcp = await connect(paging((c) => (Number(c ?? 0) < 4 ? String(Number(c ?? 0) + 1) : undefined)));
    expect((await mcp.listTools()).tools.map((t) => t.name)).toEqual(["t-0", "t-1", "t-2", "t-3", "t-4"]);
    expect(await mcp.listTools({ cursor: "2" })).toMatchObject({ tools: [{ name: "t-2" }], nextCursor: "3" });
  });
});
