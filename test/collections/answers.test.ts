import { describe, expect, it } from "vitest";
import { EVERYTHING_TARGET, inspectorTest, tempDir, writeCollection } from "./run-cli";

/** Steps that need the server's own requests answered, a notification waited for, an error expected. */
const ANSWERS = `steps:
  - name: sampling answered by the step's rule
    tool: trigger-sampling-request
    arguments: { prompt: "the capital of France" }
    answer:
      sampling: [{ match: "capital", text: "Paris", model: "canned" }]
    expect:
      - textContent: Paris
  - name: elicitation declined
    tool: trigger-elicitation-request
    answer: { elicitation: decline }
    expect:
      - textContent: { matches: "[Dd]eclined" }
  - name: roots given
    tool: get-roots-list
    answer: { roots: [{ uri: "file:///work/project", name: project }] }
    expect:
      - textContent: file:///work/project
  - name: logging on
    tool: toggle-simulated-logging
  - name: a log line arrives
    notification: notifications/message
    timeoutMs: 10000
    expect:
      - path: $.params.level
        exists: true
  - name: an unknown tool, as the server answers it
    tool: no-such-tool
    expect:
      - isError: true
      - textContent: not found
  - name: an unknown prompt is a JSON-RPC error
    prompt: no-such-prompt
    expect:
      - errorCode: -32602
`;

describe("inspector test: answers, waits and errors", () => {
  it("answers sampling, elicitation and roots by each step's rules, waits for a notification, expects an error code", async () => {
    const dir = tempDir();
    const file = writeCollection(dir, "answers.mcp-tests.yaml", ANSWERS);
    const r = await inspectorTest([file, ...EVERYTHING_TARGET], { MCP_RECORDINGS_DIR: dir });
    expect(r.out).toMatch(/7 passed, 0 failed$/);
    expect(r.code).toBe(0);
  }, 60_000);

  it("under GitHub Actions a failed step is an ::error annotation on its line", async () => {
    const dir = tempDir();
    const file = writeCollection(
      dir,
      "gh.mcp-tests.yaml",
      "steps:\n  - tool: echo\n    arguments: { message: a }\n  - name: wrong\n    tool: echo\n    arguments: { message: b }\n    expect:\n      - textContent: zzz\n",
    );
    const r = await inspectorTest([file, ...EVERYTHING_TARGET], { GITHUB_ACTIONS: "true", MCP_RECORDINGS_DIR: dir });
    expect(r.code).toBe(1);
    const line = r.out.split("\n").find((l) => l.startsWith("::error "));
    expect(line).toBe(
      `::error file=${file},line=4,title=wrong::text contains "zzz": no text block has text containing "zzz"%0A  expected "text containing \\"zzz\\""%0A  actual   ["Echo: b"]`,
    );
  }, 30_000);
});
