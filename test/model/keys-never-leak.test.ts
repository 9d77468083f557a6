import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runLauncher, type LauncherRun } from "../helpers/launcher";
import { EVERYTHING, waitFor } from "../helpers/targets";
import { SCRIPTED_MODEL, startScriptedModel, type ScriptedModel } from "../helpers/scripted-model";
import { commandLines, descendants } from "../helpers/proc";

// Issue 40: a person's model keys live in the backend's memory only. Run as a user would (the
// built launcher, a real target process) with all three key variables set, and look for the keys
// where a local user or a shared file would find them: every process's command line, the
// target's environment, the saved session file and the record in it.
const KEYS = {
  OPENAI_API_KEY: "sk-proj-LEAKCHECKopenai0123456789abcdefghij",
  ANTHROPIC_API_KEY: "sk-ant-api03-LEAKCHECKanthropic0123456789ab",
  MODEL_API_KEY: "mk-LEAKCHECKcompatible0123456789abcdefghijk",
};
const heads = Object.values(KEYS).map((k) => k.slice(0, 16));

const runs: LauncherRun[] = [];
let model: ScriptedModel | undefined;
const dirs: string[] = [];
afterEach(async () => {
  for (const r of runs.splice(0)) if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill("SIGKILL");
  await model?.close();
  model = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const noKeyIn = (text: string, where: string) => {
  for (const head of heads) expect(text.includes(head), `a key in ${where}`).toBe(false);
};
/** True when `pid` has exec'd `script` under node: argv[1] is the script. */
const execd = (pid: number, script: string) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")[1] === script;
  } catch {
    return false;
  }
};
const environ = (pid: number) => readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").join("\n");

describe("model keys never leave the backend's memory", () => {
  it("--cli --sampling model: the model got its key; the target's environment, the output and the session file hold none", async () => {
    model = await startScriptedModel({ turns: [{ text: "an answer from the model", repeat: true }] });
    const dir = mkdtempSync(path.join(tmpdir(), "keys-leak-"));
    dirs.push(dir);
    const file = path.join(dir, "run.mcp-session.json");
    const model_ = ["--model", SCRIPTED_MODEL, "--model-base-url", model.baseUrl, "--sampling", "model", "--save-session", file];
    const sample = runLauncher(
      [
        "--cli",
        ...model_,
        "--method",
        "tools/call",
        "--tool-name",
        "trigger-sampling-request",
        "--tool-arg",
        "prompt=hi",
        "--",
        process.execPath,
        EVERYTHING,
        "stdio",
      ],
      KEYS,
    );
    runs.push(sample);
    expect((await sample.exited).code, sample.stderr()).toBe(0);
    expect(sample.stdout()).toContain("an answer from the model");
    expect(model.requests[0].headers.authorization).toBe(`Bearer ${KEYS.MODEL_API_KEY}`);
    const saved = readFileSync(file, "utf8");
    expect(saved).toMatch(/"kind": ?"model"/);
    noKeyIn(saved, "the session file");
    noKeyIn(sample.stdout() + sample.stderr(), "the output");

    // get-env answers with the target's own environment.
    const env = runLauncher(
      ["--cli", ...model_.slice(0, 4), "--method", "tools/call", "--tool-name", "get-env", "--", process.execPath, EVERYTHING, "stdio"],
      KEYS,
    );
    runs.push(env);
    expect((await env.exited).code, env.stderr()).toBe(0);
    noKeyIn(env.stdout(), "the target's environment");
    expect(env.stdout()).toContain("PATH");
  });

  it("the page with --model: no process's command line and no target's environment holds a key", async () => {
    model = await startScriptedModel({ turns: [] });
    const r = runLauncher(
      [
        "--no-open",
        "--port",
        "0",
        "--model",
        SCRIPTED_MODEL,
        "--model-base-url",
        model.baseUrl,
        "--",
        process.execPath,
        EVERYTHING,
        "stdio",
      ],
      KEYS,
    );
    runs.push(r);
    await r.ready;
    const target = await waitFor(
      // The target once it runs its own program: between fork and exec a child still holds the
      // launcher's command line (which names EVERYTHING too) and the launcher's environment.
      () => descendants(r.child.pid!).find((pid) => execd(pid, EVERYTHING)),
      10_000,
      "the target process",
    );
    for (const { pid, line } of commandLines(r.child.pid!)) noKeyIn(line, `the command line of ${pid}`);
    noKeyIn(environ(target), "the target's environment");
    r.child.kill("SIGTERM");
    expect((await r.exited).code).toBe(0);
  });
});
