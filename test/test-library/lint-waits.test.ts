import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { connect } from "../../server/test-library";
import { FIXTURES } from "../helpers/targets";
import { badSchemaServer } from "../helpers/bad-schema-server";

// Issue 49: a session's call resolves only once the live lint has the checkers its answer needs,
// so findings() read right after it are complete. Here both checkers load slowly (longer than an
// in-process or stdio round trip); a call that resolved without waiting would leave findings()
// throwing "still loading" (server/test-library/live-lint.ts).
const LOAD_MS = 300;
vi.mock("../../lib/protocol/output-verdict", async (original) => {
  await new Promise((r) => setTimeout(r, LOAD_MS));
  return original();
});
vi.mock("../../lib/skills/frontmatter-match", async (original) => {
  await new Promise((r) => setTimeout(r, LOAD_MS));
  return original();
});

describe("a call resolves once the lint can judge its answer", () => {
  it("request('tools/list'): the validator its listing needs is loaded, and the invalid schema flagged", async () => {
    await using mcp = await connect(badSchemaServer());
    await mcp.request("tools/list");
    expect(mcp.findings().map((f) => f.rule)).toEqual(["tools/invalid-schema"]);
  });

  it("request('skills/list'), then the SKILL.md's read: YAML is loaded, and the frontmatter mismatch flagged", async () => {
    await using mcp = await connect({
      command: process.execPath,
      args: [path.join(FIXTURES, "skills-server.mjs")],
      env: { SKILLS_MODE: "frontmatter" },
    });
    const { skills } = (await mcp.request("skills/list")) as { skills: Array<{ uri: string; frontmatter: { name: string } }> };
    await mcp.readResource(skills.find((s) => s.frontmatter.name === "git-helper")!.uri);
    expect(mcp.findings().map((f) => f.rule)).toEqual(["skills/frontmatter"]);
  });
});
