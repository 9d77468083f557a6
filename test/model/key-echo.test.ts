import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ModelEvent } from "../../lib/model/events";
import { parseModelSpec, type ModelSpec } from "../../lib/model/spec";
import { runCommandLine } from "../../server/commands/main";
import { KeyStore, modelStep, openModel } from "../../server/model";
import { SCRIPTED_MODEL, startScriptedModel, type ScriptedModel, type ScriptedModelScript } from "../helpers/scripted-model";
import { EVERYTHING } from "../helpers/targets";
import { keyForms, keyPiecesIn } from "./key-forms";

// Issue 52 item 4: the key store masked only the literal key. A model endpoint (the scripted one,
// on loopback, through the real provider) that echoes the key JSON-escaped, base64-encoded at any
// alignment, base64url, in another case, percent-encoded, split by invisible characters or in hex
// got it into the record, the saved session and the output. Each form is its own line of the
// model's answer (streamed, so the key is also split across the stream's chunks) and of a 401.
const KEY = "sk-proj-ECHOform0123456789abcdefghijklmnopqrstuvwxyz";
const FORMS = keyForms(KEY);
const ECHO = Object.entries(FORMS)
  .map(([name, form]) => `${name}: ${form}`)
  .join("\n");

let model: ScriptedModel | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await model?.close();
  model = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function cli(script: ScriptedModelScript) {
  model = await startScriptedModel(script);
  const dir = mkdtempSync(path.join(tmpdir(), "key-echo-"));
  dirs.push(dir);
  const file = path.join(dir, "run.mcp-session.json");
  let out = "";
  const argv = ["--cli", "--model", SCRIPTED_MODEL, "--model-base-url", model.baseUrl, "--sampling", "model", "--save-session", file];
  const call = ["--method", "tools/call", "--tool-name", "trigger-sampling-request", "--tool-arg", "prompt=echo"];
  const code = await runCommandLine(
    [...argv, ...call, process.execPath, EVERYTHING, "stdio"],
    { MODEL_API_KEY: KEY },
    {
      out: (s) => void (out += s + "\n"),
      err: (s) => void (out += s + "\n"),
    },
  );
  return { code, out, saved: readFileSync(file, "utf8"), model };
}

describe("a model endpoint that echoes the key in another form", () => {
  it("the finder of this test sees every form (it is not blind to what it checks)", () => {
    for (const [name, form] of Object.entries(FORMS)) expect(keyPiecesIn(`said: ${form}`, KEY).length, name).toBeGreaterThan(0);
  });

  it("an answer with every form: the saved session, the record's exchange and the output hold no piece of the key", async () => {
    const r = await cli({ turns: [{ text: ECHO, repeat: true }] });
    expect(r.code, r.out).toBe(0);
    expect(r.model.requests[0].headers.authorization).toBe(`Bearer ${KEY}`);
    const session = JSON.parse(r.saved) as { entries: Array<{ kind: string; model?: { type: string; response?: string } }> };
    const exchange = session.entries.find((e) => e.model?.type === "exchange")?.model;
    // The exchange was recorded, and is the stream as it came (but for the masks).
    expect(exchange?.response).toContain("data: ");
    expect(keyPiecesIn(r.saved, KEY)).toEqual([]);
    expect(keyPiecesIn(r.out, KEY)).toEqual([]);
    // The rest of the answer is still there to read.
    expect(r.out).toContain("split by zero-width characters: ••••");
  });

  it("a 401 whose message echoes every form: the error shown, recorded and saved holds no piece of the key", async () => {
    const r = await cli({ turns: [{ status: 401, error: `Incorrect API key provided: {key}\n${ECHO}`, repeat: true }] });
    expect(r.out).toContain("could not answer this sampling request");
    expect(r.out).toContain("Incorrect API key provided: ••••");
    expect(keyPiecesIn(r.saved, KEY)).toEqual([]);
    expect(keyPiecesIn(r.out, KEY)).toEqual([]);
  });

  it("in process: the step's text, the events and the exchange are masked; nothing else of the answer is", async () => {
    model = await startScriptedModel({ turns: [{ text: `before ${FORMS["base64 (offset 2, in a header)"]} after` }] });
    const events: ModelEvent[] = [];
    const c = openModel(parseModelSpec(SCRIPTED_MODEL, model.baseUrl) as ModelSpec, {
      keys: KeyStore.fromEnv({ MODEL_API_KEY: KEY }),
      onEvent: (e) => events.push(e),
    });
    const step = await modelStep(c, { messages: [{ role: "user", content: "hi" }] });
    expect(step.text).toMatch(/^before QXV0aG9yaXphdGlvbjogQmVhcmVy.*•••• ?.* after$/);
    expect(keyPiecesIn(step.text, KEY)).toEqual([]);
    for (let i = 0; i < 200 && !events.length; i++) await new Promise((r) => setTimeout(r, 10));
    expect(events.map((e) => e.type)).toContain("exchange");
    expect(keyPiecesIn(JSON.stringify(events), KEY)).toEqual([]);
  });
});

describe("KeyStore.mask", () => {
  const keys = KeyStore.fromEnv({ OPENAI_API_KEY: KEY });
  it("masks every form, and leaves text that only looks alike", () => {
    for (const [name, form] of Object.entries(FORMS)) {
      const masked = keys.mask(`[${form}]`);
      expect(masked, name).toContain("••••");
      expect(keyPiecesIn(masked, KEY), name).toEqual([]);
    }
    const ordinary = "sk-proj- is the prefix of a project key; aGVsbG8gd29ybGQ= is hello world";
    expect(keys.mask(ordinary)).toBe(ordinary);
  });

  it("masks a key the person typed in the page as soon as it is held, and masks in keys of objects too", () => {
    const store = new KeyStore();
    const typed = "sk-ant-api03-TYPEDinThePage0123456789abcdefgh";
    expect(store.mask(typed.toUpperCase())).toBe(typed.toUpperCase());
    store.set("ANTHROPIC_API_KEY", typed);
    expect(store.mask(typed.toUpperCase())).toBe("••••");
    expect(store.maskDeep({ [typed]: [Buffer.from(typed).toString("base64")] })).toEqual({ "••••": [expect.stringContaining("••••")] });
  });
});
