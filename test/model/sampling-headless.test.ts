import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCommandLine } from "../../server/commands/main";
import { EVERYTHING } from "../helpers/targets";
import { SCRIPTED_MODEL, startScriptedModel, type ScriptedModel, type ScriptedModelScript } from "../helpers/scripted-model";

// `--sampling model` on --cli: the everything server's trigger-sampling-request asks the client
// for a message, and the configured model (the scripted one, through the real provider) answers.
const KEY = "sk-test-hEadLess0123456789abcdefghijklmnopqrstuv";
let model: ScriptedModel | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await model?.close();
  model = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function cli(script: ScriptedModelScript, extra: string[] = [], env: NodeJS.ProcessEnv = { MODEL_API_KEY: KEY }) {
  model = await startScriptedModel(script);
  let out = "";
  let err = "";
  const argv = ["--cli", "--model", SCRIPTED_MODEL, "--model-base-url", model.baseUrl, "--sampling", "model", ...extra];
  const target = [process.execPath, EVERYTHING, "stdio"];
  const call = ["--method", "tools/call", "--tool-name", "trigger-sampling-request", "--tool-arg", "prompt=What is MCP?"];
  const code = await runCommandLine([...argv, ...call, ...target], env, {
    out: (s) => void (out += s + "\n"),
    err: (s) => void (err += s + "\n"),
  });
  return { code, out, err, model };
}

describe("--sampling model (headless)", () => {
  it("answers the everything server's sampling request with the model, and the record keeps it with the key masked", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sampling-model-"));
    dirs.push(dir);
    const file = path.join(dir, "run.mcp-session.json");
    const r = await cli({ turns: [{ when: "What is MCP?", text: "MCP is the Model Context Protocol." }] }, ["--save-session", file]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("MCP is the Model Context Protocol.");
    // The model was asked with the server's request: its system prompt and its message.
    const body = r.model.requests[0].body;
    expect(body.messages[0]).toEqual({ role: "system", content: "You are a helpful test server." });
    expect(JSON.stringify(body.messages[1])).toContain("What is MCP?");
    expect(body).toMatchObject({ max_tokens: 100, temperature: 0.7 });
    expect(r.model.requests[0].headers.authorization).toBe(`Bearer ${KEY}`);

    const saved = readFileSync(file, "utf8");
    expect(saved).not.toContain(KEY);
    expect(saved).not.toContain(KEY.slice(0, 12));
    const entries = (JSON.parse(saved) as { entries: Array<{ kind: string; model?: { type: string } }> }).entries;
    const models = entries.filter((e) => e.kind === "model").map((e) => e.model!.type);
    expect(models).toEqual(expect.arrayContaining(["exchange", "sampling"]));
    const sampling = entries.find((e) => e.model?.type === "sampling")!.model;
    expect(sampling).toMatchObject({ label: SCRIPTED_MODEL, text: "MCP is the Model Context Protocol.", sent: true });
  });

  it("a model that refuses (401) fails the sampling request with the provider's words, the key masked", async () => {
    const r = await cli({ turns: [{ status: 401, error: "Invalid key {key}" }] });
    const all = r.out + r.err;
    expect(all).toContain("could not answer this sampling request");
    expect(all).toContain("Invalid key ••••");
    expect(all).not.toContain(KEY);
  });

  // --cli's usage errors exit 1, as the official CLI's do.
  it("refuses to start without --model, without a key, or with a key where the model goes", async () => {
    const run = async (argv: string[], env: NodeJS.ProcessEnv = {}) => {
      let err = "";
      const code = await runCommandLine(["--cli", "--method", "ping", ...argv, process.execPath, EVERYTHING, "stdio"], env, {
        out: () => undefined,
        err: (s) => void (err += s),
      });
      return { code, err };
    };
    expect(await run(["--sampling", "model"])).toMatchObject({ code: 1, err: expect.stringContaining("--sampling model needs --model") });
    expect(await run(["--sampling", "model", "--model", "openai:gpt-4o"])).toMatchObject({
      code: 1,
      err: expect.stringContaining("set OPENAI_API_KEY"),
    });
    const keyed = await run(["--model", "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789"]);
    expect(keyed).toMatchObject({ code: 1, err: expect.stringContaining("looks like an API key") });
    expect(keyed.err).not.toContain("abcdefghijklmnopqrstuvwxyz0123456789");
  });

  it("inspector test: a step's own sampling rule answers first, the model the rest", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sampling-model-"));
    dirs.push(dir);
    const file = path.join(dir, "sampling.mcp-tests.yaml");
    const step = (prompt: string, expected: string, answer = "") =>
      `  - tool: trigger-sampling-request\n    arguments: { prompt: "${prompt}" }\n${answer}    expect:\n      - textContent: { contains: "${expected}" }\n`;
    writeFileSync(
      file,
      `steps:\n${step("canned?", "from the rule", '    answer:\n      sampling: [{ match: "canned", text: "from the rule" }]\n')}${step("ask the model", "from the model")}`,
    );
    model = await startScriptedModel({ turns: [{ when: "ask the model", text: "from the model" }] });
    let out = "";
    const code = await runCommandLine(
      [
        "test",
        file,
        "--model",
        SCRIPTED_MODEL,
        "--model-base-url",
        model.baseUrl,
        "--sampling",
        "model",
        process.execPath,
        EVERYTHING,
        "stdio",
      ],
      {},
      { out: (t) => void (out += t + "\n"), err: (t) => void (out += t + "\n") },
    );
    expect(code, out).toBe(0);
    // The canned step never reached the model.
    expect(model.requests).toHaveLength(1);
  });
});
