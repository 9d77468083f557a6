import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EVERYTHING, ROOT } from "../helpers/targets";
import { VITEST_TIME_FLAGS } from "../helpers/inner-runner";

const VITEST = path.join(ROOT, "node_modules/vitest/vitest.mjs");
const lib = (file: string) => JSON.stringify(path.join(ROOT, "server/test-library", file));

/** `vitest run` in a user's project folder, as they run it; resolves however it exits. */
function vitest(dir: string) {
  return new Promise<{ code: number; out: string }>((resolve) => {
    execFile(
      process.execPath,
      [VITEST, "run", "--root", dir, ...VITEST_TIME_FLAGS],
      { cwd: dir, env: { ...process.env, MCP_RECORDINGS_DIR: "", FORCE_COLOR: "0", NO_COLOR: "1" }, timeout: 120_000 },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, out: `${stdout}\n${stderr}` }),
    );
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

interface SavedEntry {
  kind: string;
  message?: { method?: string; params?: { arguments?: { message?: string } } };
}

describe("a session opened in beforeAll, under mcp-inspector-harness/vitest (issue 48 point 1)", () => {
  it("stays open for the file's tests; a failed test leaves the part of it that the test produced; the test's own sessions are closed", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "harness-shared-"));
    writeFileSync(
      path.join(dir, "shared.test.ts"),
      [
        `import { readFileSync, writeFileSync } from "node:fs";`,
        `import { beforeAll, expect, test } from "vitest";`,
        `import { connect, type McpSession } from ${lib("index.ts")};`,
        `import ${lib("vitest.ts")};`,
        `const everything = { command: process.execPath, args: [${JSON.stringify(EVERYTHING)}] };`,
        `const pidOf = (s: McpSession) => { const e = s.record().find((x) => x.kind === "lifecycle" && x.event === "spawned"); return e && "pid" in e ? Number(e.pid) : 0; };`,
        `let mcp: McpSession;`,
        `beforeAll(async () => {`,
        `  mcp = await connect(everything);`,
        `  writeFileSync("shared-pid.txt", String(pidOf(mcp)));`,
        `});`,
        `test("one", async () => {`,
        `  expect(await mcp.callTool("echo", { message: "one" })).toHaveTextContent("Echo: one");`,
        `});`,
        `test("two fails", async () => {`,
        `  expect(await mcp.callTool("echo", { message: "two" })).toHaveTextContent("Echo: one");`,
        `});`,
        `test("three opens its own", async () => {`,
        `  const own = await connect(everything);`,
        `  writeFileSync("own-pid.txt", String(pidOf(own)));`,
        `  expect(await mcp.callTool("echo", { message: "three" })).toHaveTextContent("Echo: three");`,
        `});`,
        `test("four: the shared one is still open, the test's own was closed", async () => {`,
        `  expect(await mcp.callTool("echo", { message: "four" })).toHaveTextContent("Echo: four");`,
        `  const pid = Number(readFileSync("own-pid.txt", "utf8"));`,
        `  const up = () => { try { process.kill(pid, 0); return true; } catch { return false; } };`,
        `  for (let i = 0; i < 100 && up(); i++) await new Promise((r) => setTimeout(r, 50));`,
        `  expect(up()).toBe(false);`,
        `});`,
      ].join("\n"),
    );
    const run = await vitest(dir);
    expect(run.code, run.out).toBe(1);
    expect(run.out).toMatch(/1 failed \| 3 passed/);
    expect(run.out).not.toContain("not connected");

    // The failed test's recording: the handshake and its own call, nothing of its neighbours'.
    expect(readdirSync(path.join(dir, "mcp-recordings"))).toEqual(["shared--two-fails.mcp-session.json"]);
    const saved = JSON.parse(readFileSync(path.join(dir, "mcp-recordings/shared--two-fails.mcp-session.json"), "utf8")) as {
      entries: SavedEntry[];
    };
    const methods = saved.entries.filter((e) => e.kind === "message" && e.message?.method).map((e) => e.message!.method);
    expect(methods).toContain("initialize");
    const echoed = saved.entries.flatMap((e) => (e.message?.method === "tools/call" ? [e.message.params?.arguments?.message] : []));
    expect(echoed).toEqual(["two"]);
    expect(run.out).toContain("npx mcp-inspector-harness --open mcp-recordings/shared--two-fails.mcp-session.json");

    // The file's session was closed after its tests: its server is gone.
    const pid = Number(readFileSync(path.join(dir, "shared-pid.txt"), "utf8"));
    expect(pid).toBeGreaterThan(0);
    for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
    expect(alive(pid)).toBe(false);
  });
});
