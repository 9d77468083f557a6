import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { FIXTURES } from "../helpers/targets";
import { agentClient, use } from "./helpers";

let agent: Awaited<ReturnType<typeof agentClient>>;
beforeEach(async () => void (agent = await agentClient()));
afterEach(async () => agent.close());

// Issue 48.6: after a restart onto a fixed server, findings and target_output still spoke of the
// old process (its stdout noise, its exit while status said connected): an agent checking its
// fix believed it had failed.
test("after a restart onto the fixed server, findings and target_output are about the new process, and say which", async () => {
  const flag = path.join(mkdtempSync(path.join(os.tmpdir(), "agent-verdicts-")), "mode");
  writeFileSync(flag, "v1");
  const target = { command: process.execPath, args: [path.join(FIXTURES, "agent-fixable.mjs")], env: { FIXABLE_FLAG: flag } };
  const first = await use(agent.client, "connect", target);
  expect(first.data.status).toBe("connected");

  const broken = await use(agent.client, "call_tool", { tool: "weather", arguments: { city: "Oslo" } });
  expect(broken.data).toMatchObject({ result: { outputSchema: { valid: false } } });
  const before = await use(agent.client, "findings");
  expect(JSON.stringify(before.data.findings)).toMatch(/stdout/i);
  const noisy = await use(agent.client, "target_output");
  expect((noisy.data.untrusted as { stdoutNoise: string[] }).stdoutNoise).toEqual([
    expect.stringContaining("debug: weather server starting"),
  ]);

  writeFileSync(flag, "v2");
  const up = await use(agent.client, "restart");
  expect(up.data).toMatchObject({ status: "connected", untrusted: { serverInfo: { version: "1.0.1" } } });
  const pid = up.data.pid as number;
  expect(pid).toBeGreaterThan(0);
  expect(pid).not.toBe(first.data.pid);

  const fixed = await use(agent.client, "call_tool", { tool: "weather", arguments: { city: "Oslo" } });
  expect(fixed.data).toMatchObject({ result: { outputSchema: { valid: true }, untrusted: { structuredContent: { temp: 21 } } } });
  const after = await use(agent.client, "findings");
  expect(after.data).toMatchObject({ total: 0, about: { pid } });
  expect(after.data.earlier as number).toBeGreaterThan(0);
  const out = await use(agent.client, "target_output");
  expect(out.data).toMatchObject({ status: "connected", about: { pid }, untrusted: { stdoutNoise: [] } });
  // The old process was killed by the restart: no exit is reported while status says connected.
  expect(out.data).not.toHaveProperty("exit");
  expect((out.data.untrusted as { stderr: string[] }).stderr).toEqual(["agent-fixable 1.0.1 (v2) up"]);
});

test("a tool that declares no outputSchema says so, never null", async () => {
  const flag = path.join(mkdtempSync(path.join(os.tmpdir(), "agent-verdicts-")), "mode");
  writeFileSync(flag, "v2");
  await use(agent.client, "connect", {
    command: process.execPath,
    args: [path.join(FIXTURES, "agent-fixable.mjs")],
    env: { FIXABLE_FLAG: flag },
  });
  const r = await use(agent.client, "call_tool", { tool: "ask" });
  expect((r.data.result as { outputSchema: unknown }).outputSchema).toBe("none declared");
});
