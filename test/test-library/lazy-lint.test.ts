import path from "node:path";
import { describe, expect, it } from "vitest";
import { ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { connect } from "../../server/test-library";
import { toHaveNoFindings } from "../../server/test-library/matchers/session-matchers";
import { Linter } from "../../lib/lint";
import type { Entry } from "../../lib/record/format";
import type { McpSession } from "../../server/test-library/types";
import { FIXTURES } from "../helpers/targets";
import { badSchemaServer } from "../helpers/bad-schema-server";

// Issue 49: the live lint loads Ajv/RE2 and YAML only when a message needs them, after connect.
// A finding only those checkers can make must still be in findings() read right after the call
// that received its message, and toHaveNoFindings must fail on it: each test here plants one.

/** What linting every entry of the record with every checker loaded finds (the page's and the CLI's lint). */
function eagerFindings(mcp: McpSession) {
  const linter = new Linter();
  for (const e of mcp.record()) linter.push(e as Entry);
  return [...linter.findings()];
}

const noFindings = (mcp: McpSession) => toHaveNoFindings.call({ isNot: false }, mcp);

describe("the live lint's heavy checkers load after connect, and no finding is lost", () => {
  it("a schema only Ajv can judge is flagged in findings() read right after the first call", async () => {
    await using mcp = await connect(badSchemaServer());
    expect(mcp.findings()).toEqual([]);
    await mcp.callTool("echo", { message: "hi" });
    const found = mcp.findings();
    expect(found.map((f) => f.rule)).toContain("tools/invalid-schema");
    expect(found.find((f) => f.rule === "tools/invalid-schema")?.message).toMatch(/^tool "broken": inputSchema is not valid JSON Schema/);
    expect(found).toEqual(eagerFindings(mcp));
    expect(noFindings(mcp).pass).toBe(false);
  });

  it("a result that breaks its outputSchema is flagged right after its call", async () => {
    await using mcp = await connect(badSchemaServer());
    await mcp.callTool("shaped");
    const found = mcp.findings({ severity: "error" });
    expect(found.map((f) => f.rule)).toEqual(["tools/invalid-schema", "tools/structured-content"]);
    expect(found[1].message).toMatch(/^tool "shaped" declares an outputSchema, but its result does not conform/);
    expect(mcp.findings()).toEqual(eagerFindings(mcp));
  });

  it("a SKILL.md whose frontmatter is not its listing's is flagged right after the read (YAML)", async () => {
    await using mcp = await connect({
      command: process.execPath,
      args: [path.join(FIXTURES, "skills-server.mjs")],
      env: { SKILLS_MODE: "frontmatter" },
    });
    const { skills } = (await mcp.request("skills/list")) as { skills: Array<{ uri: string; frontmatter: { name: string } }> };
    const git = skills.find((s) => s.frontmatter.name === "git-helper")!;
    await mcp.readResource(git.uri);
    const found = mcp.findings();
    expect(found.map((f) => [f.rule, f.message])).toEqual([["skills/frontmatter", expect.stringContaining('"description" differs')]]);
    expect(found).toEqual(eagerFindings(mcp));
    expect(noFindings(mcp).pass).toBe(false);
  });

  it("a session that lists only plain schemas and reads no skill finds nothing, as the eager lint does", async () => {
    const server = badSchemaServer();
    server.setRequestHandler(ListToolsRequestSchema, () => ({
      tools: [{ name: "echo", inputSchema: { type: "object", properties: { message: { type: "string" } } } }],
    }));
    await using mcp = await connect(server);
    await mcp.callTool("echo", { message: "hi" });
    expect(mcp.findings()).toEqual([]);
    expect(eagerFindings(mcp)).toEqual([]);
  });
});
