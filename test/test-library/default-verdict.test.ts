import { describe, expect, it } from "vitest";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import * as z from "zod";
import { connect } from "../../server/test-library";
import "../../server/test-library/vitest";
import { SchemaValidator } from "../../lib/protocol/output-verdict";

/** The message an assertion failed with. */
function failure(assertion: () => void): string {
  try {
    assertion();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("the assertion passed");
}

/** An SDK McpServer whose tool's output breaks its own outputSchema: the SDK answers isError with no structuredContent. */
function breaksOwnSchema() {
  const server = new McpServer({ name: "breaks-own-schema", version: "1.0.0" });
  server.registerTool("sum", { inputSchema: { a: z.number(), b: z.number() }, outputSchema: { sum: z.number() } }, ({ a, b }) => ({
    content: [{ type: "text", text: String(a + b) }],
    structuredContent: { sum: String(a + b) } as unknown as { sum: number },
  }));
  return server;
}

/** A low-level Server: `answer` is what tools/call gets, for a tool that declares an outputSchema. */
function answering(answer: Record<string, unknown>) {
  const server = new Server({ name: "answering", version: "1.0.0" }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: [
      {
        name: "sum",
        inputSchema: { type: "object" },
        outputSchema: { type: "object", properties: { sum: { type: "number" } }, required: ["sum"] },
      },
    ],
  }));
  server.setRequestHandler(CallToolRequestSchema, () => answer);
  return server;
}

describe("the default verdict of a call (issue 48 point 2)", () => {
  it("an SDK server whose output breaks its own schema fails toMatchOutputSchema and toBeToolSuccess", async () => {
    await using mcp = await connect(breaksOwnSchema());
    const r = await mcp.callTool("sum", { a: 1, b: 2 });
    // What the SDK sends: isError, no structuredContent.
    expect(r.isError).toBe(true);
    expect(r.structuredContent).toBeUndefined();
    expect(r.outputSchema?.valid).toBe(false);
    expect(r).not.toMatchOutputSchema();
    expect(failure(() => expect(r).toMatchOutputSchema())).toMatch(
      /^expected callTool\("sum"\) to return structuredContent matching its outputSchema, but it returned isError: true \(no structuredContent\):\n/,
    );
    expect(r).not.toBeToolSuccess();
  });

  it("isError with structuredContent that fits still fails toMatchOutputSchema", async () => {
    await using mcp = await connect(answering({ content: [{ type: "text", text: "down" }], structuredContent: { sum: 3 }, isError: true }));
    const r = await mcp.callTool("sum");
    expect(r).not.toMatchOutputSchema();
    expect(r).toBeToolError("down");
  });

  it("a success with no structuredContent fails toMatchOutputSchema and toBeToolSuccess", async () => {
    await using mcp = await connect(answering({ content: [{ type: "text", text: "3" }] }));
    const r = await mcp.callTool("sum");
    expect(r.isError).toBe(false);
    expect(r).not.toMatchOutputSchema();
    expect(failure(() => expect(r).toBeToolSuccess())).toMatch(
      /^expected callTool\("sum"\) to succeed, but its result breaks the tool's outputSchema:\n {2}\/structuredContent: missing/,
    );
  });

  it("a success whose structuredContent breaks the schema fails toBeToolSuccess; one that fits passes both", async () => {
    {
      await using mcp = await connect(answering({ content: [{ type: "text", text: "3" }], structuredContent: { sum: "3" } }));
      expect(await mcp.callTool("sum")).not.toBeToolSuccess();
    }
    await using mcp = await connect(answering({ content: [{ type: "text", text: "3" }], structuredContent: { sum: 3 } }));
    const r = await mcp.callTool("sum");
    expect(r).toBeToolSuccess();
    expect(r).toMatchOutputSchema();
  });

  it("toHaveTextContent fails on an isError result whose text fits, either way; toBeToolError(text) is how an error's text is matched", async () => {
    await using mcp = await connect(answering({ content: [{ type: "text", text: "sum of 1 and 2 failed" }], isError: true }));
    const r = await mcp.callTool("sum");
    expect(failure(() => expect(r).toHaveTextContent("sum of 1 and 2"))).toBe(
      'expected callTool("sum") to succeed with a text block containing "sum of 1 and 2", but it returned isError: true (an error\'s text is matched with toBeToolError(text)):\n  text "sum of 1 and 2 failed"',
    );
    expect(failure(() => expect(r).not.toHaveTextContent("nothing like it"))).toMatch(
      /^expected callTool\("sum"\) to succeed with no text block/,
    );
    expect(r).toBeToolError("sum of 1 and 2");
  });

  it("the shared verdict: an isError result is never valid, and says why first", () => {
    const v = new SchemaValidator();
    const schema = { type: "object", properties: { sum: { type: "number" } }, required: ["sum"] };
    expect(v.verdictFor(schema, { content: [], isError: true })).toEqual({
      valid: false,
      errors: [{ path: "/isError", message: expect.stringMatching(/isError: true with no structuredContent/) }],
    });
    expect(v.verdictFor(schema, { content: [], isError: true, structuredContent: { sum: 1 } }).valid).toBe(false);
    expect(v.verdictFor(schema, { content: [], structuredContent: { sum: 1 } })).toEqual({ valid: true, errors: [] });
  });
});
