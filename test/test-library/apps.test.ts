import path from "node:path";
import { describe, expect, it } from "vitest";
import { connect } from "../../server/test-library";
import { ROOT } from "../helpers/targets";

const BASIC = {
  command: process.execPath,
  args: [path.join(ROOT, "node_modules/@modelcontextprotocol/server-basic-vanillajs/dist/index.js"), "--stdio"],
};

describe("an MCP Apps server through the library", () => {
  it("offers the Apps extension when asked, and reads the tool's UI resource", async () => {
    await using mcp = await connect(BASIC, { capabilities: { apps: true } });
    expect(mcp.negotiated.clientCapabilities.extensions).toEqual({
      "io.modelcontextprotocol/ui": { mimeTypes: ["text/html;profile=mcp-app"] },
    });
    const tool = (await mcp.listTools()).tools.find((t) => t.name === "get-time")!;
    const uri = (tool._meta as { ui?: { resourceUri?: string } }).ui?.resourceUri;
    expect(uri).toMatch(/^ui:\/\//);
    const ui = await mcp.readResource(uri!);
    expect(ui.contents[0]).toMatchObject({ uri, mimeType: "text/html;profile=mcp-app" });
    expect((await mcp.callTool("get-time")).isError).toBe(false);
    expect(mcp.findings({ severity: "error" })).toEqual([]);
  });
});
