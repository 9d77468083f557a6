import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { splitShellWords } from "../../lib/target/shell-words";
import { startScriptedModel, type ScriptedTurn } from "../helpers/scripted-model";
import { ROOT } from "../helpers/targets";
import { inspectorTest, tempDir, writeCollection } from "./run-cli";

// docs/collections.md's Evals section, run as written: its YAML is the collection and its command
// line the run, the two --model flags pointed at the scripted model (no provider is reachable
// from CI; live providers are exercised by users' keys). Read from the doc, so they cannot drift.
const DOC = readFileSync(path.join(ROOT, "docs/collections.md"), "utf8");
const section = DOC.slice(DOC.indexOf("## Evals"));
const yaml = /```yaml\n([^]*?)```/.exec(section)![1];
const command = /```sh\n(npx inspector test [^\n]*)\n```/.exec(section)![1];

const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of closers) await c();
});

/** What a model that does as the doc's steps ask answers, step by step, turn by turn. */
const DOES_AS_ASKED: ScriptedTurn[][] = [
  Array.from({ length: 5 }, () => [{ toolCalls: [{ name: "echo", args: { message: "hello there" } }] }, { text: "hello there" }]).flat(),
  [
    { toolCalls: [{ name: "get-sum", args: { a: 2, b: 3 } }] },
    { toolCalls: [{ name: "echo", args: { message: "The sum is 5" } }] },
    { text: "2 + 3 = 5" },
  ],
  [{ text: "Hi!" }],
];

describe("docs/collections.md: Evals", () => {
  it("the doc's eval collection and command pass for two models, side by side", async () => {
    // Each step is put to both models before the next step runs.
    const model = await startScriptedModel({ turns: DOES_AS_ASKED.flatMap((step) => [...step, ...step]) });
    closers.push(() => model.close());
    const dir = tempDir();
    const words = splitShellWords(command);
    if (!words.ok) throw new Error(words.message);
    const [, , , file, ...flags] = words.args;
    expect(file).toBe("evals.mcp-tests.yaml");
    const models = flags.flatMap((w, i) => (flags[i - 1] === "--model" ? [w] : []));
    expect(models).toEqual(["openai:gpt-4o", "anthropic:claude-sonnet-4-5"]);
    // Each doc model becomes a scripted one of the same name; the rest of the line is kept.
    const args = flags.map((w) => (models.includes(w) ? `openai-compatible:${w.split(":")[1]}` : w));
    const r = await inspectorTest([writeCollection(dir, file, yaml), ...args, "--model-base-url", model.baseUrl], {
      MCP_RECORDINGS_DIR: dir,
    });
    expect(r.out).toContain("✓ echoes");
    expect(r.out).toMatch(/openai-compatible:gpt-4o ✓ 5\/5 {2}openai-compatible:claude-sonnet-4-5 ✓ 5\/5/);
    expect(r.out).toMatch(/✓ small talk needs no tool .*✓ 1\/1 .*✓ 1\/1/);
    expect(r.out).toContain("\nopenai-compatible:gpt-4o: 3 passed, 0 failed\nopenai-compatible:claude-sonnet-4-5: 3 passed, 0 failed\n");
    expect(r.out).toMatch(/6 passed, 0 failed$/);
    expect(r.code).toBe(0);
    expect(model.requests).toHaveLength(DOES_AS_ASKED.flat().length * 2);
  }, 60_000);
});
