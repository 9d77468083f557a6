import { mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { EVERYTHING } from "../helpers/targets";
// The agent's tools loaded before this file's environment is set, as another test file in the same
// worker (or the same process of a user's runner) may have loaded them: what was listed at start is
// read when the agent server is made (below, in beforeAll), not when its module first loads.
import "../../server/agent/tools";

// The agent's run_collection (issue 51 point 5, issue 52 points 1, 2 and 5): confined to the
// inspector's folder, silent about files that are not collections, filling only what the person
// allowed at start, and refusing an alias bomb in words.

// Read when the agent server is made, as at the inspector's start: set before it is.
vi.stubEnv("INSPECTOR_COLLECTION_ENV", "ALLOWED_NAME,OPENAI_API_KEY");
vi.stubEnv("ALLOWED_NAME", "allowed-value-0042");
vi.stubEnv("NOT_LISTED", "not-listed-value");
vi.stubEnv("OPENAI_API_KEY", "sk-proj-agent-secret");

let root: string;
let outside: string;
let agent: { client: Client; close(): Promise<void> };
let use: (
  c: Client,
  name: string,
  args?: Record<string, unknown>,
) => Promise<{ isError: boolean; text: string; data: Record<string, unknown> }>;

beforeAll(async () => {
  root = realpathSync(mkdtempSync(path.join(os.tmpdir(), "agent-root-")));
  outside = realpathSync(mkdtempSync(path.join(os.tmpdir(), "agent-outside-")));
  const helpers = await import("../agent/helpers");
  use = helpers.use;
  agent = await helpers.agentClient({ root });
  const c = await use(agent.client, "connect", { command: process.execPath, args: [EVERYTHING, "stdio"] });
  expect(c.isError, c.text).toBe(false);
}, 60_000);
afterAll(async () => {
  await agent?.close();
  vi.unstubAllEnvs();
});

const run = (file: string) => use(agent.client, "run_collection", { file });

describe("run_collection", () => {
  it("runs a collection inside its folder", async () => {
    writeFileSync(path.join(root, "ok.mcp-tests.yaml"), "steps:\n  - tool: echo\n    arguments: { message: hi }\n");
    const r = await run("ok.mcp-tests.yaml");
    expect(r.isError, r.text).toBe(false);
    expect(r.data.counts).toMatchObject({ pass: 1 });
  }, 30_000);

  it("refuses a file outside its folder, by path or through a link, and never shows a line of one that is not a collection", async () => {
    const shadow = "root:$6$saltsalt$hashhashhash:19000:0:99999:7:::";
    writeFileSync(path.join(outside, "x.mcp-tests.yaml"), "steps: []\n");
    const far = await run(path.join(outside, "x.mcp-tests.yaml"));
    expect(far.isError).toBe(true);
    expect(far.text).toContain("is outside");
    const up = await run(`../${path.basename(outside)}/x.mcp-tests.yaml`);
    expect(up.isError).toBe(true);
    expect(up.text).toContain("is outside");
    symlinkSync(path.join(outside, "x.mcp-tests.yaml"), path.join(root, "link.mcp-tests.yaml"));
    expect((await run("link.mcp-tests.yaml")).text).toContain("is outside");
    expect((await run("/etc/shadow")).isError).toBe(true);
    // Inside the folder, but not a collection: refused without a word of it.
    for (const [name, text] of [
      ["shadow.yaml", `${shadow}\n`],
      ["keys.yaml", "API_KEY: sk-live-abcdef\n"],
      ["notes.json", '{"password": "hunter2hunter2"}'],
    ]) {
      writeFileSync(path.join(root, name), text);
      const r = await run(name);
      expect(r.isError, name).toBe(true);
      expect(r.text, name).toContain("is not a collection");
      for (const part of ["saltsalt", "hashhash", "API_KEY", "sk-live", "password", "hunter2"]) expect(r.text, name).not.toContain(part);
    }
    mkdirSync(path.join(root, "sub"));
    writeFileSync(path.join(root, "sub", "shadow"), `${shadow}\n`);
    const noExt = await run("sub/shadow");
    expect(noExt.text).toContain("is not a collection file");
    expect(noExt.text).not.toContain("saltsalt");
  }, 30_000);

  it("fills only the target's env and the names listed at start, never a model key; filled values stay out of its answer", async () => {
    writeFileSync(
      path.join(root, "env.mcp-tests.yaml"),
      `steps:
  - name: listed
    tool: echo
    arguments: { message: "\${ALLOWED_NAME}" }
    expect: [{ textContent: "never matches" }]
  - name: not listed
    tool: echo
    arguments: { message: "\${NOT_LISTED}" }
  - name: model key, listed or not
    tool: echo
    arguments: { message: "\${OPENAI_API_KEY}" }
`,
    );
    const r = await run("env.mcp-tests.yaml");
    expect(r.isError, r.text).toBe(false);
    // What a step says is in `untrusted` (it quotes the server's answers: issue 62).
    const steps = (r.data.steps as Array<{ status: string; untrusted?: { message?: string; failed?: string[] } }>).map((s) => ({
      ...s,
      ...s.untrusted,
    }));
    expect(steps.map((s) => s.status)).toEqual(["fail", "error", "error"]);
    expect(steps[1].message).toContain(
      "${NOT_LISTED} refused: not one of the names allowed here: list it at start in INSPECTOR_COLLECTION_ENV",
    );
    expect(steps[2].message).toContain("${OPENAI_API_KEY} refused: a model key of the inspector is never sent to a server");
    expect(r.text).not.toContain("allowed-value-0042");
    expect(r.text).not.toContain("not-listed-value");
    expect(r.text).not.toContain("sk-proj-agent-secret");
    const timeline = await use(agent.client, "timeline", {});
    expect(timeline.text).not.toContain("not-listed-value");
    expect(timeline.text).not.toContain("sk-proj-agent-secret");
    // The value it did fill, sent to the server and echoed back, is taken out of what the agent
    // reads afterwards and of the recording it saves.
    expect(timeline.text).not.toContain("allowed-value-0042");
    expect(timeline.text).toContain("[redacted: ${ALLOWED_NAME}]");
    const saved = await use(agent.client, "save_session", { file: "after-env" });
    expect(saved.isError, saved.text).toBe(false);
    expect(readFileSync(path.join(root, "after-env.mcp-session.json"), "utf8")).not.toContain("allowed-value-0042");
  }, 30_000);

  it("refuses an alias bomb in words", async () => {
    const list = `[${Array.from({ length: 100_000 }, (_, i) => `"item-${i}"`).join(",")}]`;
    const bomb = `variables: { big: &big ${list} }\nsteps:\n${Array.from({ length: 99 }, () => "  - method: ping\n    params: { x: *big }").join("\n")}\n`;
    writeFileSync(path.join(root, "bomb.mcp-tests.yaml"), bomb);
    const r = await run("bomb.mcp-tests.yaml");
    expect(r.isError).toBe(true);
    expect(r.text).toContain("the file expands to more than 8 MiB once its aliases (*name) are written out");
  }, 30_000);
});
