import { createServer, type Server } from "node:net";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { runLauncher, type LauncherRun } from "./helpers/launcher";
import { waitFor } from "./helpers/targets";

// Issue 51.6 and issue 50: the coding agent's line carries no token, the agent's token lives in a
// file only the person can read, and every port the launcher opens follows --port.

const runs: LauncherRun[] = [];
const held: Server[] = [];
afterEach(async () => {
  for (const r of runs.splice(0)) if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill("SIGKILL");
  for (const s of held.splice(0)) await new Promise((r) => s.close(r));
});
const launch = (args: string[], env: Record<string, string> = {}) => {
  const r = runLauncher(["--no-open", ...args], env);
  runs.push(r);
  return r;
};

/** Hold a loopback port (or take any free one): resolves with its number. */
function hold(port = 0): Promise<number> {
  const s = createServer();
  held.push(s);
  return new Promise((resolve, reject) => {
    s.once("error", reject);
    s.listen(port, "127.0.0.1", () => resolve((s.address() as { port: number }).port));
  });
}

/** A page port whose next two are free too (held, then released for the launcher). */
async function threeFreePorts(): Promise<number> {
  for (let i = 0; i < 20; i++) {
    const base = 20_000 + Math.floor(Math.random() * 40_000);
    try {
      for (const p of [base, base + 1, base + 2]) await hold(p);
      for (const s of held.splice(0)) await new Promise((r) => s.close(r));
      return base;
    } catch {
      for (const s of held.splice(0)) await new Promise((r) => s.close(r));
    }
  }
  throw new Error("no three free ports in a row");
}

const agentUrlOf = (r: LauncherRun) => /claude mcp add .* (http:\/\/127\.0\.0\.1:\d+\/mcp) /.exec(r.stdout())?.[1];

/** An MCP initialize POSTed to the agent's endpoint with a token: the HTTP status. */
async function initialize(url: string, token: string): Promise<number> {
  const res = await fetch(url, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", Accept: "application/json, text/event-stream" },
    body: JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "t", version: "1" } },
    }),
  });
  await res.body?.cancel();
  return res.status;
}

test("the agent's line carries no token; its own token is in a file only the person can read (in their runtime folder), removed at stop", async () => {
  // Issue 75: the person's runtime folder, not the shared temporary folder.
  const runtime = mkdtempSync(path.join(tmpdir(), "agent-runtime-"));
  const r = launch(["--port", "0"], { XDG_RUNTIME_DIR: runtime });
  await r.ready;
  const url = await waitFor(() => agentUrlOf(r), 20_000, "the agent's line");
  const out = r.stdout();
  expect(out).toContain(
    `claude mcp add --scope project --transport http inspector ${url} --header 'Authorization: Bearer \${INSPECTOR_AGENT_TOKEN}'`,
  );
  const file = /export INSPECTOR_AGENT_TOKEN="\$\(cat (\S+)\)"/.exec(out)?.[1];
  expect(file).toBeDefined();
  expect(statSync(file!).mode & 0o777).toBe(0o600);
  expect(statSync(path.dirname(file!)).mode & 0o777).toBe(0o700);
  expect(file!.startsWith(path.join(runtime, "mcp-inspector-harness") + path.sep)).toBe(true);
  const agentToken = readFileSync(file!, "utf8");
  expect(agentToken).toMatch(/^[0-9a-f]{64}$/);
  expect(agentToken).not.toBe(r.token());
  // No printed line after the URL's holds either token.
  const agentLines = out.slice(out.indexOf("Coding agent"));
  expect(agentLines).not.toContain(r.token());
  expect(out).not.toContain(agentToken);

  expect(await initialize(url, agentToken)).toBe(200);
  // The page's token still works there, for scripts.
  expect(await initialize(url, r.token())).toBe(200);
  expect(await initialize(url, "f".repeat(64))).toBe(401);

  r.child.kill("SIGTERM");
  await r.exited;
  expect(existsSync(file!)).toBe(false);
});

test("INSPECTOR_AGENT_TOKEN fixed by the person is the agent's token: nothing is written, and INSPECTOR_TOKEN stays valid", async () => {
  const r = launch(["--port", "0"], { INSPECTOR_AGENT_TOKEN: "agent-secret-of-mine", INSPECTOR_TOKEN: "script-token" });
  await r.ready;
  const url = await waitFor(() => agentUrlOf(r), 20_000, "the agent's line");
  expect(r.stdout()).not.toMatch(/export INSPECTOR_AGENT_TOKEN/);
  expect(r.stdout()).not.toContain("agent-secret-of-mine");
  expect(await initialize(url, "agent-secret-of-mine")).toBe(200);
  expect(await initialize(url, "script-token")).toBe(200);
});

test("the sandbox and the agent endpoint follow --port (port + 1, + 2); flags and variables move them", async () => {
  const base = await threeFreePorts();
  const r = launch(["--port", String(base)]);
  await r.ready;
  expect(await waitFor(() => agentUrlOf(r), 20_000, "the agent's line")).toBe(`http://127.0.0.1:${base + 2}/mcp`);
  // Something of the inspector's answers on port + 1: the sandbox origin.
  const sandbox = await fetch(`http://127.0.0.1:${base + 1}/`).catch((e: Error) => e);
  expect(sandbox).not.toBeInstanceOf(Error);
  r.child.kill("SIGTERM");
  await r.exited;

  const [agentPort, sandboxPort] = [await hold(), await hold()];
  for (const s of held.splice(0)) await new Promise((res) => s.close(res));
  const moved = launch(["--port", "0", "--agent-port", String(agentPort)], { MCP_SANDBOX_PORT: String(sandboxPort) });
  await moved.ready;
  expect(await waitFor(() => agentUrlOf(moved), 20_000, "the agent's line")).toBe(`http://127.0.0.1:${agentPort}/mcp`);
  expect(await fetch(`http://127.0.0.1:${sandboxPort}/`).catch((e: Error) => e)).not.toBeInstanceOf(Error);
});

test("a port that is taken stops the launcher with a line naming it and its flag", async () => {
  const base = await threeFreePorts();
  await hold(base + 2);
  const r = launch(["--port", String(base)]);
  const exit = await r.exited;
  expect(exit.code).toBe(1);
  expect(r.stderr()).toContain(
    `inspector: the coding agent's endpoint's port ${base + 2} is in use: pass --agent-port N (or set INSPECTOR_AGENT_PORT), or 0 for any free port`,
  );
  await hold(base + 1);
  const s = launch(["--port", String(base), "--agent-port", "0"]);
  expect((await s.exited).code).toBe(1);
  expect(s.stderr()).toContain(`the MCP Apps sandbox's port ${base + 1} is in use: pass --sandbox-port N (or set MCP_SANDBOX_PORT)`);
});
