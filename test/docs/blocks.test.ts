import { describe, expect, test } from "vitest";
import { blocksOf, commandsOf, kindOf, scriptsOf, stripComment } from "./blocks";

const MD = [
  "# A page",
  "",
  "```sh",
  "npx inspector --cli node build/index.js \\",
  "  --method tools/list   # one call",
  "# a comment line",
  "",
  "npx inspector check node build/index.js --format junit > out.xml",
  "```",
  "",
  "<!-- illustration: a synopsis, not a command -->",
  "",
  "```sh",
  "inspector test [FILES…]",
  "```",
  "",
  "- a list item:",
  "  ```yaml",
  "  steps: []",
  "  ```",
  "",
  "```",
  "plain output",
  "```",
].join("\n");

describe("the docs' blocks", () => {
  const blocks = blocksOf("page.md", MD);

  test("every fence is found with its line, language, body (indent removed) and marker", () => {
    expect(blocks.map((b) => [b.line, b.lang, b.illustration])).toEqual([
      [3, "sh", undefined],
      [13, "sh", "a synopsis, not a command"],
      [18, "yaml", undefined],
      [22, "", undefined],
    ]);
    expect(blocks[2].body).toBe("steps: []");
  });

  test("an sh block's commands: continuations joined, comments dropped, each with its own line", () => {
    expect(commandsOf(blocks[0])).toEqual([
      { line: 4, text: "npx inspector --cli node build/index.js --method tools/list" },
      { line: 8, text: "npx inspector check node build/index.js --format junit > out.xml" },
    ]);
  });

  test("a # inside quotes is not a comment", () => {
    expect(stripComment(`npx inspector --cli x --tool-arg 'q=#1' # why`).trim()).toBe(`npx inspector --cli x --tool-arg 'q=#1'`);
  });

  test("kinds: the package's commands, its install, a clone's scripts, setup, anything else", () => {
    expect(kindOf("npx inspector --demo")).toBe("inspector");
    expect(kindOf("npx mcp-inspector-harness check node x.js")).toBe("inspector");
    expect(kindOf("npx --package ./mcp-inspector-harness-0.1.0.tgz inspector --demo")).toBe("inspector");
    expect(kindOf("inspector --cli node server.js --method tools/list")).toBe("inspector");
    expect(kindOf("npm install --save-dev mcp-inspector-harness")).toBe("install");
    expect(kindOf("npm ci && npm test")).toBe("repo-script");
    expect(scriptsOf("npm ci && npm start")).toEqual(["start"]);
    expect(scriptsOf("npm run bench -- 1 5")).toEqual(["bench"]);
    expect(kindOf("cd memory-ci")).toBe("setup");
    expect(kindOf("claude mcp add inspector -- npx inspector mcp")).toBe("other");
    expect(kindOf("npx inspectors")).toBe("other");
  });
});
