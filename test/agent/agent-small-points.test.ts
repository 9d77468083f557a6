import { mkdtempSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { FIXTURES } from "../helpers/targets";
import { agentClient, use } from "./helpers";
import { redactFilled } from "../../server/collections/filled-values";
import { redactAnswer } from "../../server/agent/redact-answer";

// Issue 62's smaller points, each as the agent meets it.

let agent: Awaited<ReturnType<typeof agentClient>>;
let root: string;
beforeEach(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), "agent-small-"));
  agent = await agentClient({ root });
});
afterEach(async () => agent.close());

const hang = { command: process.execPath, args: [path.join(FIXTURES, "hang.mjs")] };
const injection = { command: process.execPath, args: [path.join(FIXTURES, "agent-injection.mjs")] };

test("save_session writes the recording for this user only (0600)", async () => {
  await use(agent.client, "connect", hang);
  const saved = await use(agent.client, "save_session", { file: "mine" });
  expect(saved.isError, saved.text).toBe(false);
  expect(statSync(saved.data.path as string).mode & 0o777).toBe(0o600);
});

test("a NUL in a file name is said to be one, not that a file exists", async () => {
  await use(agent.client, "connect", hang);
  const saved = await use(agent.client, "save_session", { file: "bad\u0000name" });
  expect(saved.isError).toBe(true);
  expect(saved.text).toBe("usage: save_session: the file name holds a NUL character: no file can have that name");
  const run = await use(agent.client, "run_collection", { file: "x\u0000.yaml" });
  expect(run.text).toContain("the file name holds a NUL character");
});

test("a refusal keeps the name it refused when a filled value equals that name", () => {
  const message = "${OPENAI_API_KEY} refused: a model key of the inspector is never sent to a server";
  const filled = new Map([["WHICH_KEY", "OPENAI_API_KEY"]]);
  expect(redactFilled({ message, other: "uses OPENAI_API_KEY" }, filled)).toEqual({
    message,
    other: "uses [redacted: ${WHICH_KEY}]",
  });
  expect(redactAnswer({ message }, [{ what: "${WHICH_KEY}", value: "OPENAI_API_KEY" }])).toEqual({ message });
});

test("a hanging call gives up after 10 s by default, as check does", async () => {
  await use(agent.client, "connect", hang);
  const started = Date.now();
  const r = await use(agent.client, "call_tool", { tool: "hang" });
  const took = Date.now() - started;
  expect(r.isError).toBe(true);
  expect(r.text).toMatch(/^timeout: /);
  expect(took).toBeGreaterThanOrEqual(9_000);
  expect(took).toBeLessThan(30_000);
}, 40_000);

test("the server's instructions come once: status and restart say they are unchanged instead of repeating them", async () => {
  const up = await use(agent.client, "connect", injection);
  expect((up.data.untrusted as { instructions?: string }).instructions).toMatch(/INJECTED/);
  for (const tool of ["status", "restart", "status"]) {
    const r = await use(agent.client, tool);
    const c = tool === "status" ? (r.data.connections as Array<Record<string, unknown>>)[0]! : r.data;
    expect(c.untrusted, tool).not.toHaveProperty("instructions");
    expect(c.negotiated, tool).toMatchObject({ instructions: "as given before (unchanged)" });
  }
});

test("restart's diff text prints each note once", async () => {
  await use(agent.client, "connect", { command: process.execPath, args: [path.join(FIXTURES, "agent-list-fails.mjs")] });
  const r = await use(agent.client, "restart");
  const text = (r.data.diff as { untrusted: { text: string } }).untrusted.text;
  const notes = text.split("\n").filter((l) => l.startsWith("  "));
  expect(notes).toEqual([
    expect.stringMatching(/^ {2}resources not compared: /),
    expect.stringMatching(/^ {2}resource templates not compared: /),
    expect.stringMatching(/^ {2}prompts not compared: /),
  ]);
  expect(new Set(notes).size).toBe(notes.length);
});

test("list on a capability the server does not declare says so, as the CLI does, instead of a bare -32601", async () => {
  await use(agent.client, "connect", hang);
  for (const kind of ["resources", "resourceTemplates", "prompts"]) {
    const r = await use(agent.client, "list", { kind });
    expect(r.isError, r.text).toBe(false);
    expect(r.data).toMatchObject({
      kind,
      count: 0,
      note: expect.stringMatching(/^the server declares no (resources|prompts) capability: /),
    });
  }
});
