import { describe, expect, it } from "vitest";
import { judgeEvalRun, modelVerdict, runsNeeded } from "../../lib/collections/eval-verdict";
import { parseCollection, type Step } from "../../lib/collections/format";
import type { EvalCall } from "../../lib/collections/result";
import { paramsToStepKeys, stepView } from "../../server/collections/page-step";
import { evalWhyLines } from "../../server/commands/test/eval-report";

const ask = (s: Partial<Step>): Step => ({ ask: "say hello", ...s });
const call = (name: string, args: unknown = {}): EvalCall => ({ name, args });
const failed = (r: ReturnType<typeof judgeEvalRun>) => r.expectations.filter((e) => !e.pass).map((e) => e.message);

describe("judging an eval run", () => {
  it("a call by name, argument subset and path test passes; extra arguments are allowed", () => {
    const step = ask({ calls: [{ tool: "echo", arguments: { message: "hello" }, expect: [{ path: "$.message", matches: "^h" }] }] });
    const r = judgeEvalRun(step, [call("echo", { message: "hello", loud: true })], "done");
    expect(r.pass).toBe(true);
    expect(r.expectations[0].label).toBe('calls echo with {"message":"hello"}, $.message matches /^h/');
  });

  it("the wrong tool, the wrong arguments and a tool where none was expected each fail, saying what the model did", () => {
    const want = ask({ calls: [{ tool: "echo", arguments: { message: "hello" } }] });
    expect(failed(judgeEvalRun(want, [call("get-sum", { a: 1 })], ""))).toEqual(['echo was not called; the model called get-sum({"a":1})']);
    expect(failed(judgeEvalRun(want, [call("echo", { message: "bye" })], ""))).toEqual([
      'echo was called with {"message":"bye"}: message is "bye", not "hello"',
    ]);
    expect(failed(judgeEvalRun(want, [], ""))).toEqual(["the model called no tool"]);
    const none = judgeEvalRun(ask({ calls: "none" }), [call("echo", { message: "x" })], "");
    expect(failed(none)).toEqual(['the model called echo({"message":"x"})']);
    expect(judgeEvalRun(ask({ calls: "none" }), [], "hi").pass).toBe(true);
  });

  it("each expected call takes a distinct call, the strict one first when a greedy pick would spend it", () => {
    const step = ask({ calls: [{ tool: "echo" }, { tool: "echo", arguments: { message: "b" } }] });
    expect(judgeEvalRun(step, [call("echo", { message: "b" }), call("echo", { message: "a" })], "").pass).toBe(true);
    expect(failed(judgeEvalRun(step, [call("echo", { message: "b" })], ""))).toHaveLength(1);
  });

  it("inOrder: a subsequence passes, the same calls reversed fail saying so; only: an extra call fails", () => {
    const step = ask({ calls: [{ tool: "a" }, { tool: "b" }], inOrder: true });
    expect(judgeEvalRun(step, [call("a"), call("x"), call("b")], "").pass).toBe(true);
    expect(failed(judgeEvalRun(step, [call("b"), call("a")], ""))).toContain("the calls were all made, but not in this order");
    const only = judgeEvalRun(ask({ calls: [{ tool: "a" }], only: true }), [call("a"), call("x", { n: 1 })], "");
    expect(failed(only)).toEqual(['other calls: x({"n":1})']);
  });

  it("reply: contains or matches the model's last text", () => {
    expect(judgeEvalRun(ask({ reply: "5" }), [], "the sum is 5").pass).toBe(true);
    expect(failed(judgeEvalRun(ask({ reply: { matches: "^\\d+$" } }), [], "five"))).toEqual(["not a reply matching /^\\d+$/"]);
  });

  it("pass rate: 0.8 of 5 needs 4, 0.7 of 10 needs 7 (not 8 by rounding), and a model that could not be asked is an error", () => {
    expect([runsNeeded(5, 0.8), runsNeeded(10, 0.7), runsNeeded(3, 0.8), runsNeeded(4, 0)]).toEqual([4, 7, 3, 0]);
    const run = (n: number, pass: boolean) => ({ run: n, pass, calls: [], text: "", expectations: [], durationMs: 1 });
    expect(modelVerdict("m", 5, 0.8, [1, 2, 3, 4].map((n) => run(n, true)).concat(run(5, false)), 1).status).toBe("pass");
    expect(modelVerdict("m", 5, 0.8, [run(1, true), run(2, false), run(3, false), run(4, true), run(5, true)], 1)).toMatchObject({
      status: "fail",
      passed: 3,
      needed: 4,
      message: "3/5 runs passed, 4 needed (passRate 0.8)",
    });
    const refused = modelVerdict("m", 5, 1, [{ ...run(1, false), error: "401 Incorrect API key provided: ••••" }], 1);
    expect(refused).toMatchObject({ status: "error", message: "run 1: 401 Incorrect API key provided: •••• (4 more runs not made)" });
  });
});

describe("an ask step in a collection file", () => {
  const parse = (steps: string) => parseCollection(`steps:\n${steps}`, "e.yaml");
  it("reads as a person writes it", () => {
    const r = parse(
      `  - ask: Echo hello\n    calls:\n      - tool: echo\n        arguments: { message: hello }\n    runs: 5\n    passRate: 0.8\n`,
    );
    expect(r.ok && r.collection.steps[0]).toEqual({
      ask: "Echo hello",
      calls: [{ tool: "echo", arguments: { message: "hello" } }],
      runs: 5,
      passRate: 0.8,
    });
    expect(parse(`  - ask: hi\n    calls: none\n`).ok).toBe(true);
  });

  it.each([
    [`  - ask: hi\n`, 2, "an ask step needs calls: (the tool calls it expects, or none) or reply:"],
    [`  - ask: hi\n    calls: []\n`, 3, "calls: [] is written calls: none"],
    [
      `  - ask: hi\n    calls: none\n    expect: [{ isError: false }]\n`,
      4,
      "an ask step judges the model with calls: and reply:, it takes no expect:",
    ],
    [`  - tool: echo\n    runs: 3\n`, 3, "runs: goes with ask:"],
    [`  - ask: hi\n    calls: none\n    only: true\n`, 4, "only: needs a list of calls:"],
    [`  - ask: hi\n    calls: [{ tool: echo, expect: [{ isError: false }] }]\n`, 3, "a tool call's expect: tests its arguments by path"],
    [`  - ask: hi\n    calls: [{ tool: echo, argz: {} }]\n`, 3, 'unknown key "argz"'],
    [`  - ask: hi\n    calls: none\n    passRate: 1.5\n`, 4, "steps[0].passRate"],
  ])("%j is refused at line %i: %s", (steps, line, message) => {
    const r = parse(steps);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toContain(message);
    expect(r.error.line).toBe(line);
  });
});

describe("an ask step in the page's Collections tab", () => {
  it("shows what it asks and expects; its params are edited in the file", () => {
    const step = ask({ name: "picks echo", calls: [{ tool: "echo" }], runs: 3 });
    expect(stepView(step, 0)).toEqual({
      index: 0,
      name: "picks echo",
      method: "ask",
      params: { ask: "say hello", calls: [{ tool: "echo" }], runs: 3 },
      expect: [],
    });
    expect(stepView(ask({ calls: "none" }), 4).name).toBe('5: ask "say hello"');
    expect(() => paramsToStepKeys(step, { ask: "x" })).toThrow("run with inspector test --model");
  });
});

describe("an eval in the text report", () => {
  it("names each failing run's unmet expectation, shows a long reply's start, and stops after three runs", () => {
    const long = "x".repeat(5000);
    const detail = [1, 2, 3, 4, 5].map((run) => {
      const j = judgeEvalRun(ask({ reply: "yes" }), [], long);
      return { run, ...j, calls: [], text: long, durationMs: 1 };
    });
    const lines = evalWhyLines(modelVerdict("openai:gpt-4o", 5, 1, detail, 5));
    expect(lines[0]).toBe("0/5 runs passed, 5 needed (passRate 1)");
    expect(lines[1]).toBe('run 1: reply contains "yes": not a reply containing "yes"');
    expect(lines[3]).toMatch(/^ {2}actual {3}"x{399}… \(5002 characters\)$/);
    expect(lines.filter((l) => l.startsWith("run "))).toHaveLength(3);
    expect(lines.at(-1)).toBe("(2 more failing runs: the JSON report has every run)");
  });
});
