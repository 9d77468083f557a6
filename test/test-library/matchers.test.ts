import { describe, expect, it } from "vitest";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { connect } from "../../server/test-library";
import "../../server/test-library/vitest";
import {
  toBeToolError,
  toBeToolSuccess,
  toHaveNoFindings,
  toHaveTextContent,
  toMatchOutputSchema,
} from "../../server/test-library/matchers";
import { EVERYTHING, waitFor } from "../helpers/targets";
import { fixture } from "../helpers/fixtures";

const everything = { command: process.execPath, args: [EVERYTHING] };

/** A server whose tool fails on purpose. */
function failing() {
  const server = new McpServer({ name: "failing", version: "1.0.0" });
  server.registerTool("boom", { inputSchema: {} }, () => ({
    content: [{ type: "text", text: 'line one\nsaid "no"\u0007' }],
    isError: true,
  }));
  return server;
}

/** A low-level Server answering off its own outputSchema (McpServer would refuse to). */
function offSchema() {
  const server = new Server({ name: "off-schema", version: "1.0.0" }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: [
      {
        name: "sum",
        inputSchema: { type: "object" },
        outputSchema: { type: "object", properties: { sum: { type: "number" } }, required: ["sum"] },
      },
    ],
  }));
  server.setRequestHandler(CallToolRequestSchema, () => ({
    content: [{ type: "text", text: "three" }],
    structuredContent: { sum: "three" },
  }));
  return server;
}

/** The message an assertion failed with. */
function failure(assertion: () => void): string {
  try {
    assertion();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("the assertion passed");
}

describe("tool result matchers against the everything server", () => {
  it("pass on a good echo, and fail naming the tool and showing what came back", async () => {
    await using mcp = await connect(everything);
    const r = await mcp.callTool("echo", { message: "hi there" });
    expect(r).toBeToolSuccess();
    expect(r).toHaveTextContent(/Echo: hi there/);
    expect(r).toHaveTextContent("hi there");
    expect(r).not.toBeToolError();
    expect(r).not.toHaveTextContent("bye");

    expect(failure(() => expect(r).not.toBeToolSuccess())).toBe(
      'expected callTool("echo") not to succeed, but it returned isError: false:\n  text "Echo: hi there"',
    );
    expect(failure(() => expect(r).toHaveTextContent(/bye/))).toBe(
      'expected callTool("echo") to have a text block matching /bye/, but none is:\n  text "Echo: hi there"',
    );
    expect(failure(() => expect(r).not.toHaveTextContent("hi"))).toBe(
      'expected callTool("echo") to have no text containing "hi", but one is: "Echo: hi there"',
    );
    expect(failure(() => expect(r).toBeToolError("hi"))).toBe(
      'expected callTool("echo") to return an error with text containing "hi", but it succeeded (isError: false):\n  text "Echo: hi there"',
    );
  });

  it("toMatchOutputSchema passes on structured content and refuses a tool without an outputSchema, either way", async () => {
    await using mcp = await connect(everything);
    expect(await mcp.callTool("get-structured-content", { location: "New York" })).toMatchOutputSchema();
    const echo = await mcp.callTool("echo", { message: "x" });
    const why = 'callTool("echo"): tool "echo" declares no outputSchema in tools/list, so its structuredContent has nothing to match';
    expect(failure(() => expect(echo).toMatchOutputSchema())).toBe(why);
    expect(failure(() => expect(echo).not.toMatchOutputSchema())).toBe(why);
  });

  it("says when it was handed a Promise instead of a result", async () => {
    await using mcp = await connect(everything);
    const pending = mcp.callTool("echo", { message: "x" });
    expect(failure(() => expect(pending).toBeToolSuccess())).toBe(
      "toBeToolSuccess() expects a ToolResult, but received a Promise (a Promise: did you forget `await`?)",
    );
    await pending;
  });
});

describe("tool result matchers against an in-process server", () => {
  it("toBeToolError matches the error's text, escaped in messages", async () => {
    await using mcp = await connect(failing());
    const r = await mcp.callTool("boom");
    expect(r).toBeToolError();
    expect(r).toBeToolError(/said "no"/);
    expect(r).toBeToolError("line one");
    expect(failure(() => expect(r).toBeToolSuccess())).toBe(
      'expected callTool("boom") to succeed, but it returned isError: true:\n  text "line one\\nsaid \\"no\\"\\u0007"',
    );
    expect(failure(() => expect(r).toBeToolError("timeout"))).toBe(
      'expected callTool("boom") to return an error with text containing "timeout"; it returned an error with other text:\n  text "line one\\nsaid \\"no\\"\\u0007"',
    );
    expect(failure(() => expect(r).not.toBeToolError())).toMatch(/^expected callTool\("boom"\) not to return an error, but it did:/);
  });

  it("toMatchOutputSchema lists where structuredContent breaks the schema", async () => {
    await using mcp = await connect(offSchema());
    const r = await mcp.callTool("sum");
    expect(r).not.toMatchOutputSchema();
    expect(failure(() => expect(r).toMatchOutputSchema())).toMatch(
      /^expected callTool\("sum"\)'s structuredContent to match its outputSchema, but it does not:\n {2}\S*sum\S*: .+\n {2}\(structuredContent \{"sum":"three"\}\)$/,
    );
  });
});

describe("toHaveNoFindings on a session", () => {
  it("passes on the everything server", async () => {
    await using mcp = await connect(everything);
    await mcp.callTool("echo", { message: "x" });
    expect(mcp).toHaveNoFindings({ severity: "error" });
  });

  it("lists rule, severity, seq and message of what the lint found", async () => {
    const t = fixture("broken-server");
    await using mcp = await connect({ command: t.command, args: t.args }, { answers: { sampling: [], elicitation: "decline" } });
    await waitFor(
      () => mcp.findings({ severity: "error" }).some((f) => f.rule === "jsonrpc/version"),
      10_000,
      "the broken server's findings",
    );
    expect(mcp).not.toHaveNoFindings({ severity: "error" });
    const message = failure(() => expect(mcp).toHaveNoFindings({ severity: "error" }));
    const version = mcp.findings({ severity: "error" }).find((f) => f.rule === "jsonrpc/version")!;
    expect(message).toMatch(/^expected the session of ".*" to have no findings \(error\), but the lint found \d+:\n/);
    expect(message).toContain(`\n  jsonrpc/version (error) at seq ${version.seq}: ${version.message}`);
  });

  it("refuses what is not a session", () => {
    const r = toHaveNoFindings.call({ isNot: true }, { findings: 1 });
    expect(r.pass).toBe(true); // so that .not fails too
    expect(r.message()).toBe('toHaveNoFindings() expects an McpSession, but received {"findings":1}');
  });
});

describe("the matchers without a framework", () => {
  it("return { pass, message } for any expect.extend", async () => {
    await using mcp = await connect(everything);
    const r = await mcp.callTool("echo", { message: "x" });
    expect(toBeToolSuccess.call({}, r).pass).toBe(true);
    expect(toBeToolError.call({}, r).pass).toBe(false);
    expect(toHaveTextContent.call({}, r, "Echo").pass).toBe(true);
    expect(toMatchOutputSchema.call({ isNot: false }, r).pass).toBe(false);
    expect(toMatchOutputSchema.call({ isNot: true }, r).pass).toBe(true);
  });
});
