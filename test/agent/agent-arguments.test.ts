import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { FIXTURES } from "../helpers/targets";
import { agentClient, use } from "./helpers";

let agent: Awaited<ReturnType<typeof agentClient>>;
beforeEach(async () => void (agent = await agentClient()));
afterEach(async () => agent.close());

/** The fixable fixture in the given mode, under a connection name. */
function fixable(mode: "v1" | "v2", extra: Record<string, unknown> = {}) {
  const flag = path.join(mkdtempSync(path.join(os.tmpdir(), "agent-args-")), "mode");
  writeFileSync(flag, mode);
  return { command: process.execPath, args: [path.join(FIXTURES, "agent-fixable.mjs")], env: { FIXABLE_FLAG: flag }, ...extra };
}

test("an unknown argument is refused, naming the known ones and the one meant", async () => {
  await use(agent.client, "connect", fixable("v2"));
  const params = await use(agent.client, "call_tool", { tool: "weather", params: { city: "Oslo" } });
  expect(params.isError).toBe(true);
  expect(params.text).toMatch(/^usage: call_tool: unknown argument "params": did you mean `arguments`\?/);
  expect(params.text).toContain("call_tool takes: connection, tool, arguments, timeoutMs");
  const timeout = await use(agent.client, "call_tool", { tool: "weather", arguments: { city: "Oslo" }, timeout: 5 });
  expect(timeout.text).toMatch(/unknown argument "timeout": did you mean `timeoutMs`\?/);
  // Nothing was sent for either: the record holds no tools/call.
  const rows = await use(agent.client, "timeline", { method: "tools/call" });
  expect(rows.data.entries).toEqual([]);
});

test("`name` is never the connection: call_tool {name} says the tool is `tool` and the connection `connection`", async () => {
  await use(agent.client, "connect", fixable("v2"));
  const r = await use(agent.client, "call_tool", { name: "weather" });
  expect(r.isError).toBe(true);
  expect(r.text).toContain('unknown argument "name": the connection\'s name is `connection`, the tool is `tool`');
  expect(r.text).not.toMatch(/no connection named/);
});

test("with one connection open under another name, calls without one use it; with two they ask which", async () => {
  const up = await use(agent.client, "connect", fixable("v2", { connection: "weather" }));
  expect(up.data).toMatchObject({ name: "weather", status: "connected" });
  const r = await use(agent.client, "call_tool", { tool: "weather", arguments: { city: "Oslo" } });
  expect(r.isError, r.text).toBe(false);
  expect(r.data).toMatchObject({ status: "done", result: { untrusted: { structuredContent: { temp: 21 } } } });
  await use(agent.client, "connect", fixable("v2", { connection: "second" }));
  const two = await use(agent.client, "findings");
  expect(two.isError).toBe(true);
  expect(two.text).toBe("usage: findings: several connections are open (weather, second): say which with `connection`");
});

test("arguments that break the tool's inputSchema: the call is sent and the answer warns", async () => {
  await use(agent.client, "connect", fixable("v2"));
  const r = await use(agent.client, "call_tool", { tool: "weather", arguments: { town: "Oslo" } });
  expect(r.isError, r.text).toBe(false);
  expect((r.data.inputWarnings as { untrusted: { warnings: string[] } }).untrusted.warnings).toEqual(
    expect.arrayContaining([expect.stringMatching(/must have required property 'city'/), expect.stringMatching(/additional.*town/)]),
  );
  const fine = await use(agent.client, "call_tool", { tool: "weather", arguments: { city: "Oslo" } });
  expect(fine.data).not.toHaveProperty("inputWarnings");
});

test("a connect that fails answers isError true, with the exit status and stderr", async () => {
  const r = await use(agent.client, "connect", {
    command: process.execPath,
    args: ["-e", "process.stderr.write('cannot start: no config\\n'); process.exit(3)"],
  });
  expect(r.isError).toBe(true);
  expect(r.data).toMatchObject({ status: "failed", error: { kind: "exited", exitCode: 3 } });
  // Its stderr is the server's: apart from the inspector's words.
  expect(JSON.stringify(r.data.error)).not.toContain("cannot start");
  expect(JSON.stringify((r.data.untrusted as { error: unknown }).error)).toContain("cannot start: no config");
});

test("a server that samples when the connection offers no sampling: the answer says how to offer it", async () => {
  await use(agent.client, "connect", fixable("v2"));
  const r = await use(agent.client, "call_tool", { tool: "ask" });
  expect(r.isError, r.text).toBe(false);
  expect(JSON.stringify(r.data.result)).toContain("-32601");
  expect(r.data.hint).toMatch(/asked for sampling\/createMessage .* connect again with hold: \["sampling"\]/);
});
