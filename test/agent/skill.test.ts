import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { ROOT } from "../helpers/targets";
import { AGENT_TOOLS } from "../../server/agent/tools";
import { runCommandLine } from "../../server/commands/main";

const SKILL = path.join(ROOT, "skills/inspector/SKILL.md");
const text = readFileSync(SKILL, "utf8");
const inputs = new Map(AGENT_TOOLS.map((t) => [t.name, Object.keys(t.input)]));

test("the skill is in the Agent Skills format: a name and a description up front", () => {
  const front = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? "";
  expect(front).toMatch(/^name: inspector$/m);
  expect(front).toMatch(/^description: .{40,1024}$/m);
  const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { files: string[] };
  expect(pkg.files).toContain("skills/");
});

test("every tool the skill names exists, with the arguments it shows", () => {
  // A tool name is snake_case or one of the single words; each must be a tool.
  const spans = [...text.matchAll(/`([a-z]+(?:_[a-z]+)+)`/g)].map((m) => m[1]);
  for (const s of spans) expect(inputs.has(s), `the skill names \`${s}\`, which is no tool`).toBe(true);
  // "`tool` with `a` and `b`" or "`tool` (`a`, `b`)": each argument must be the tool's.
  const uses = [...text.matchAll(/`([a-z_]+)`\s(?:with\s(?:the\s)?|\()((?:`[A-Za-z]+`(?:,\s|\sand\s|\sor\s)?)+)/g)];
  expect(uses.length).toBeGreaterThanOrEqual(10);
  for (const [, name, list] of uses) {
    expect(inputs.has(name), `\`${name}\` is no tool`).toBe(true);
    for (const [, arg] of list.matchAll(/`([A-Za-z]+)`/g))
      expect(inputs.get(name), `\`${name}\` takes no argument \`${arg}\``).toContain(arg);
  }
  // The JSON the skill shows for connect is connect's.
  for (const [, json] of text.matchAll(/`(\{"[^`]+\})`/g))
    for (const key of Object.keys(JSON.parse(json) as object)) expect(inputs.get("connect")).toContain(key);
});

test("inspector agent-help prints the skill's path and a block for CLAUDE.md", async () => {
  const out: string[] = [];
  const code = await runCommandLine(["agent-help"], {}, { out: (s) => out.push(s), err: (s) => out.push(s) });
  expect(code).toBe(0);
  expect(out.join("\n")).toContain(SKILL);
  expect(out.join("\n")).toContain("claude mcp add inspector -- npx -y mcp-inspector-harness mcp");
});
