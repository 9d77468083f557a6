import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { FIXTURES } from "../helpers/targets";
import { agentClient, use } from "./helpers";

let root: string;
let agent: Awaited<ReturnType<typeof agentClient>>;
beforeEach(async () => {
  root = realpathSync(mkdtempSync(path.join(os.tmpdir(), "agent-files-root-")));
  agent = await agentClient({ root });
  await use(agent.client, "connect", { command: process.execPath, args: [path.join(FIXTURES, "big.mjs")] });
});
afterEach(async () => agent.close());

test("a cut answer goes to a folder of the inspector's own (mkdtemp, 0700), removed when it closes", async () => {
  // Another local user's folder at the old, guessable name must not be used.
  const guessed = path.join(os.tmpdir(), `inspector-agent-${process.pid}`);
  mkdirSync(guessed, { recursive: true, mode: 0o777 });
  const r = await use(agent.client, "call_tool", { tool: "big", arguments: { mb: 1, kind: "text" } });
  const cut = (r.data.cut as { path: string }).path;
  const dir = path.dirname(cut);
  expect(dir).not.toBe(guessed);
  expect(path.basename(dir)).toMatch(/^inspector-agent-\w{6}$/);
  expect(statSync(dir).mode & 0o777).toBe(0o700);
  expect(statSync(cut).mode & 0o777).toBe(0o600);
  expect(lstatSync(cut).isSymbolicLink()).toBe(false);
  await agent.close();
  expect(existsSync(dir)).toBe(false);
  agent = await agentClient({ root });
});

test("save_session writes a recording inside its folder, and nowhere else", async () => {
  const ok = await use(agent.client, "save_session", { file: "runs/first" });
  expect(ok.isError, ok.text).toBe(true);
  expect(ok.text).toMatch(/does not exist: not written/);
  mkdirSync(path.join(root, "runs"));
  const saved = await use(agent.client, "save_session", { file: "runs/first" });
  expect(saved.isError, saved.text).toBe(false);
  expect(saved.data.path).toBe(path.join(root, "runs/first.mcp-session.json"));
  expect(JSON.parse(readFileSync(saved.data.path as string, "utf8"))).toMatchObject({ format: "mcp-inspector-session" });
  // A recording may be written again over itself.
  expect((await use(agent.client, "save_session", { file: "runs/first.mcp-session.json" })).isError).toBe(false);

  const outside = mkdtempSync(path.join(os.tmpdir(), "agent-files-outside-"));
  for (const file of [path.join(outside, "x.mcp-session.json"), "../x.mcp-session.json"]) {
    const r = await use(agent.client, "save_session", { file });
    expect(r.isError, file).toBe(true);
    expect(r.text).toMatch(/is outside .*: not written/);
  }
  // A link inside the folder that points out of it is not followed.
  symlinkSync(outside, path.join(root, "out"));
  expect((await use(agent.client, "save_session", { file: "out/y" })).text).toMatch(/is outside/);
  symlinkSync(path.join(outside, "victim.mcp-session.json"), path.join(root, "link.mcp-session.json"));
  expect((await use(agent.client, "save_session", { file: "link" })).text).toMatch(/symbolic link: not followed/);
  expect(existsSync(path.join(outside, "victim.mcp-session.json"))).toBe(false);

  // A file of the person's that is not a recording is never overwritten.
  writeFileSync(path.join(root, "notes.mcp-session.json"), "my notes\n");
  const r = await use(agent.client, "save_session", { file: "notes.mcp-session.json" });
  expect(r.text).toMatch(/exists and is not a recording: not overwritten/);
  expect(readFileSync(path.join(root, "notes.mcp-session.json"), "utf8")).toBe("my notes\n");
});

test("inspector mcp --dir names the folder save_session writes in; one that does not exist is a usage error", async () => {
  const { runCommandLine } = await import("../../server/commands/main");
  const err: string[] = [];
  const code = await runCommandLine(["mcp", "--dir", path.join(root, "missing")], {}, { out: () => undefined, err: (s) => err.push(s) });
  expect(code).toBe(2);
  expect(err.join("\n")).toContain(`--dir ${path.join(root, "missing")}: no such folder`);
});
