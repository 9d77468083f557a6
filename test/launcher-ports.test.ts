import { expect, test } from "vitest";
import { followingPorts } from "../server/launcher/ports";
import { runCommandLine } from "../server/commands/main";

test("the sandbox and agent ports follow --port unless a flag or a variable says otherwise", () => {
  expect(followingPorts(6274, {}, {})).toEqual({ sandbox: 6275, agent: 6276 });
  expect(followingPorts(9000, {}, {})).toEqual({ sandbox: 9001, agent: 9002 });
  expect(followingPorts(0, {}, {})).toEqual({ sandbox: 0, agent: 0 });
  expect(followingPorts(6274, {}, { MCP_SANDBOX_PORT: "7000", INSPECTOR_AGENT_PORT: "7001" })).toEqual({ sandbox: 7000, agent: 7001 });
  expect(followingPorts(6274, { sandbox: 8000, agent: 0 }, { MCP_SANDBOX_PORT: "7000" })).toEqual({ sandbox: 8000, agent: 0 });
  expect(followingPorts(65535, {}, {})).toEqual({ sandbox: 0, agent: 0 });
  expect(() => followingPorts(6274, {}, { MCP_SANDBOX_PORT: "abc" })).toThrow(
    'MCP_SANDBOX_PORT must be a number from 0 to 65535, got "abc"',
  );
});

test("--sandbox-port and --agent-port are the page's flags, checked like --port", async () => {
  const err: string[] = [];
  const code = await runCommandLine(["--agent-port", "99999"], {}, { out: () => undefined, err: (s) => err.push(s) });
  expect(code).toBe(2);
  expect(err.join("\n")).toContain('--agent-port must be a number from 0 to 65535, got "99999"');
  const help: string[] = [];
  await runCommandLine(["--help"], {}, { out: (s) => help.push(s), err: () => undefined });
  expect(help.join("\n")).toMatch(/--sandbox-port N .*MCP_SANDBOX_PORT/);
  expect(help.join("\n")).toMatch(/--agent-port N .*INSPECTOR_AGENT_PORT/);
});
