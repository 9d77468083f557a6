import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SCRIPTED_MODEL, startScriptedModel, type ScriptedModel, type ScriptedTurn } from "../helpers/scripted-model";
import type { CollectionRun } from "../../lib/collections/result";
import type { Entry } from "../../lib/record/format";
import { EVERYTHING_TARGET, inspectorTest, tempDir, writeCollection } from "./run-cli";

// Evals (issue 40 item 4) through the real provider code: `inspector test --model` against the
// everything server, the model being the scripted OpenAI-compatible server on loopback. Its turns
// are used in order, so each run's answers are written out one after the other.

let model: ScriptedModel | undefined;
afterEach(async () => {
  await model?.close();
  model = undefined;
});

const call = (name: string, args: unknown): ScriptedTurn => ({ toolCalls: [{ name, args }] });
const say = (text: string): ScriptedTurn => ({ text });
/** One run in which the model calls a tool, reads its result and answers. */
const runCalling = (name: string, args: unknown, text = "done"): ScriptedTurn[] => [call(name, args), say(text)];

async function withModel(turns: ScriptedTurn[]) {
  model = await startScriptedModel({ turns });
  return ["--model-base-url", model.baseUrl];
}

/** The entries of a saved session file, as the record's schema reads them. */
const recorded = (file: string): Entry[] => JSON.parse(readFileSync(file, "utf8")).entries;
/** The one run of the one collection in a JSON report. */
const runOf = (json: string): CollectionRun => JSON.parse(json).files[0].runs[0].run;

const ECHO_EVAL = `steps:
  - name: picks echo
    ask: Repeat the word hello back to me.
    calls:
      - tool: echo
        arguments: { message: hello }
`;

describe("inspector test --model: evals", () => {
  it("an eval that passes: the model's call runs for real and the run is recorded as model entries", async () => {
    const dir = tempDir();
    const file = writeCollection(dir, "echo.mcp-tests.yaml", ECHO_EVAL);
    const flags = await withModel(runCalling("echo", { message: "hello" }, "It said: Echo: hello"));
    const session = path.join(dir, "run.mcp-session.json");
    const r = await inspectorTest([file, "--model", SCRIPTED_MODEL, ...flags, "--save-session", session, ...EVERYTHING_TARGET]);
    expect(r.out).toMatch(/✓ picks echo \(\d+ ms\) {2}openai-compatible:scripted ✓ 1\/1/);
    expect(r.code).toBe(0);
    // The model saw the server's tools, and its second request carried the tool's real result.
    expect(model!.requests[0].body.tools?.length).toBeGreaterThan(3);
    expect(JSON.stringify(model!.requests[1].body.messages)).toContain("Echo: hello");
    const entries = recorded(session);
    const events = entries.flatMap((e) => (e.kind === "model" ? [e.model] : []));
    expect(events.map((e) => e.type).filter((t) => t !== "exchange")).toEqual([
      "chat-user",
      "chat-assistant",
      "chat-tool",
      "chat-assistant",
    ]);
    expect(events.filter((e) => e.type === "exchange").map((e) => e.status)).toEqual([200, 200]);
    const tool = events.find((e) => e.type === "chat-tool");
    if (tool?.type !== "chat-tool") throw new Error("no chat-tool event");
    expect(tool).toMatchObject({ name: "echo", args: { message: "hello" }, decision: "auto", isError: false });
    const request = entries.find((e) => e.seq === tool.requestSeq);
    expect(request?.kind === "message" && request.message).toMatchObject({
      method: "tools/call",
      params: { name: "echo", arguments: { message: "hello" } },
    });
  }, 30_000);

  it("evals that fail: the wrong tool, the wrong arguments, a tool called where none was expected; each says what the model did", async () => {
    const dir = tempDir();
    const file = writeCollection(
      dir,
      "bad.mcp-tests.yaml",
      `${ECHO_EVAL}  - name: echo with hello
    ask: Repeat hello.
    calls: [{ tool: echo, expect: [{ path: $.message, equals: hello }] }]
  - name: just talk
    ask: Say hi, no tools.
    calls: none
`,
    );
    const flags = await withModel([
      ...runCalling("get-sum", { a: 1, b: 2 }),
      ...runCalling("echo", { message: "goodbye" }),
      ...runCalling("echo", { message: "hi" }),
    ]);
    const r = await inspectorTest([file, "--model", SCRIPTED_MODEL, ...flags, ...EVERYTHING_TARGET], { MCP_RECORDINGS_DIR: dir });
    expect(r.code).toBe(1);
    expect(r.out).toContain("✗ picks echo");
    expect(r.out).toContain('run 1: calls echo with {"message":"hello"}: echo was not called; the model called get-sum({"a":1,"b":2})');
    expect(r.out).toContain(
      'run 1: calls echo, $.message equals "hello": echo was called with {"message":"goodbye"}: $.message is not "hello"',
    );
    expect(r.out).toContain('run 1: calls no tool: the model called echo({"message":"hi"})');
    expect(r.out).toMatch(/0 passed, 3 failed$/);
    expect(r.err).toContain(path.join(dir, "bad.mcp-session.json"));
  }, 30_000);

  it("a call to a tool the server does not have is judged as made but not sent", async () => {
    const dir = tempDir();
    const file = writeCollection(dir, "typo.mcp-tests.yaml", ECHO_EVAL);
    const flags = await withModel(runCalling("echoo", { message: "hello" }));
    const session = path.join(dir, "typo.mcp-session.json");
    const r = await inspectorTest([file, "--model", SCRIPTED_MODEL, ...flags, "--save-session", session, ...EVERYTHING_TARGET]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'echo was not called; the model called echoo({"message":"hello"}) [not sent: the server has no tool named "echoo"]',
    );
    const entries = recorded(session);
    expect(entries.some((e) => e.kind === "message" && JSON.stringify(e.message).includes('"echoo"'))).toBe(false);
    const tool = entries.flatMap((e) => (e.kind === "model" && e.model.type === "chat-tool" ? [e.model] : []));
    expect(tool).toMatchObject([{ name: "echoo", decision: "denied", problem: 'the server has no tool named "echoo"' }]);
  }, 30_000);

  it("runs: 5 with passRate: 0.8: 4 of 5 runs meet it, 3 of 5 miss it", async () => {
    const dir = tempDir();
    const rated = (name: string) => `  - name: ${name}
    ask: Add 2 and 3.
    calls: [{ tool: get-sum, arguments: { a: 2, b: 3 } }]
    runs: 5
    passRate: 0.8
`;
    const file = writeCollection(dir, "rate.mcp-tests.yaml", `steps:\n${rated("met")}${rated("missed")}`);
    const good = runCalling("get-sum", { a: 2, b: 3 });
    const bad = runCalling("get-sum", { a: 3, b: 2 });
    const flags = await withModel([...good, ...good, ...bad, ...good, ...good, ...bad, ...good, ...bad, ...good, ...good]);
    const r = await inspectorTest([file, "--model", SCRIPTED_MODEL, ...flags, "--format", "json", ...EVERYTHING_TARGET], {
      MCP_RECORDINGS_DIR: dir,
    });
    expect(r.code).toBe(1);
    const steps = runOf(r.out).steps;
    expect(steps.map((s) => [s.status, s.evals![0].passed, s.evals![0].needed, s.evals![0].detail.map((d) => d.pass)])).toEqual([
      ["pass", 4, 4, [true, true, false, true, true]],
      ["fail", 3, 4, [false, true, false, true, true]],
    ]);
    expect(steps[1].evals![0].message).toBe("3/5 runs passed, 4 needed (passRate 0.8)");
  }, 60_000);

  it("two models side by side in JUnit and JSON; a tool step runs once, not per model", async () => {
    const dir = tempDir();
    const file = writeCollection(
      dir,
      "two.mcp-tests.yaml",
      `steps:
  - name: plain echo
    tool: echo
    arguments: { message: once }
  - name: picks echo
    ask: Repeat hello.
    calls: [{ tool: echo, arguments: { message: hello } }]
    runs: 2
`,
    );
    // alpha's two runs, then beta's: beta answers in words the second time.
    const flags = await withModel([
      ...runCalling("echo", { message: "hello" }),
      ...runCalling("echo", { message: "hello" }),
      ...runCalling("echo", { message: "hello" }),
      say("hello"),
    ]);
    const models = ["--model", "openai-compatible:alpha", "--model", "openai-compatible:beta", ...flags];
    const session = path.join(dir, "two.mcp-session.json");
    const junit = path.join(dir, "report.xml");
    const r = await inspectorTest([
      file,
      ...models,
      "--format",
      "junit",
      "--output",
      junit,
      "--save-session",
      session,
      ...EVERYTHING_TARGET,
    ]);
    expect(r.code).toBe(1);
    const xml = readFileSync(junit, "utf8");
    expect(xml).toMatch(/<testcase[^>]*name="plain echo"[^>]*\/>/);
    expect(xml).toMatch(/<testcase[^>]*name="picks echo \[openai-compatible:alpha\]"[^>]*>\s*<system-out>2\/2 runs passed/);
    expect(xml).toMatch(
      /<testcase[^>]*name="picks echo \[openai-compatible:beta\]"[^>]*>\s*<failure[^>]*message="1\/2 runs passed, 2 needed/,
    );
    expect(xml).toContain('tests="3" failures="1" errors="0"');
    expect(model!.requests.map((q) => q.body.model)).toEqual(["alpha", "alpha", "alpha", "alpha", "beta", "beta", "beta"]);
    const entries = recorded(session);
    const onceCalls = entries.filter((e) => e.kind === "message" && JSON.stringify(e.message).includes('"message":"once"'));
    expect(onceCalls).toHaveLength(1);

    model!.requests.length = 0;
    await model!.close();
    const again = await withModel([
      ...runCalling("echo", { message: "hello" }),
      ...runCalling("echo", { message: "hello" }),
      ...runCalling("echo", { message: "hello" }),
      say("hello"),
    ]);
    const j = await inspectorTest(
      [file, "--model", "openai-compatible:alpha", "--model", "openai-compatible:beta", ...again, "--format", "json", ...EVERYTHING_TARGET],
      {
        MCP_RECORDINGS_DIR: dir,
      },
    );
    const report = JSON.parse(j.out);
    expect(report.summary).toMatchObject({
      passed: 2,
      failed: 1,
      models: { "openai-compatible:alpha": { passed: 1, failed: 0 }, "openai-compatible:beta": { passed: 0, failed: 1 } },
    });
    const ask = runOf(j.out).steps[1];
    expect(ask.evals!.map((m) => [m.model, m.status, m.passed])).toEqual([
      ["openai-compatible:alpha", "pass", 2],
      ["openai-compatible:beta", "fail", 1],
    ]);
    expect(ask.evals![1].detail[1]).toMatchObject({ calls: [], text: "hello", pass: false });
  }, 60_000);

  it("ask steps without --model: a usage error naming the flag, nothing run", async () => {
    const file = writeCollection(tempDir(), "e.mcp-tests.yaml", ECHO_EVAL);
    const r = await inspectorTest([file, "/nonexistent/server"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("has ask: steps (evals of a model's tool calls): name the model(s) with --model provider:model-id");
  });

  it("a provider whose key is not set: a usage error naming the variable, before anything connects", async () => {
    const file = writeCollection(tempDir(), "e.mcp-tests.yaml", ECHO_EVAL);
    const r = await inspectorTest([file, "--model", "openai:gpt-4o", "/nonexistent/server"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--model openai:gpt-4o: no key: set OPENAI_API_KEY in the environment");
  });

  it("a provider that refuses: the model's eval is an error with the provider's words, the key masked (report and recording), and no more runs", async () => {
    const key = "sk-test-abcdefghijklmnopqrstuvwxyz0123456789";
    const dir = tempDir();
    const file = writeCollection(dir, "k.mcp-tests.yaml", ECHO_EVAL.replace("calls:", "runs: 3\n    calls:"));
    const flags = await withModel([{ status: 401, error: "Incorrect API key provided: {key}", repeat: true }]);
    const r = await inspectorTest([file, "--model", SCRIPTED_MODEL, ...flags, ...EVERYTHING_TARGET], {
      MODEL_API_KEY: key,
      MCP_RECORDINGS_DIR: dir,
    });
    expect(r.code).toBe(1);
    expect(r.out).toContain("! picks echo");
    expect(r.out).toContain("Incorrect API key provided");
    expect(r.out).toContain("2 more runs not made");
    expect(r.out + r.err).not.toContain(key);
    // The failed run's recording holds the refused exchange, masked.
    const recording = readFileSync(path.join(dir, "k.mcp-session.json"), "utf8");
    expect(recording).toContain("Incorrect API key provided");
    expect(recording).not.toContain(key);
    expect(recording).not.toContain(key.slice(0, 12));
    expect(model!.requests).toHaveLength(1);
    expect(model!.requests[0].headers.authorization).toBe(`Bearer ${key}`);
  }, 30_000);
});
