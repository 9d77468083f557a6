import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EVERYTHING, ROOT } from "../helpers/targets";
import { VITEST_TIME_FLAGS } from "../helpers/inner-runner";

const VITEST = path.join(ROOT, "node_modules/vitest/vitest.mjs");
const api = (file: string) => JSON.stringify(path.join(ROOT, "server/test-library", file));

/** A user's project in a temp folder whose tests import the library (from source) and its vitest entry. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "harness-recordings-"));
  const head = [
    `import { writeFileSync } from "node:fs";`,
    `import { expect, test } from "vitest";`,
    `import { connect } from ${api("index.ts")};`,
    `import ${api("vitest.ts")};`,
    `const everything = { command: process.execPath, args: [${JSON.stringify(EVERYTHING)}] };`,
    `void writeFileSync;`,
  ].join("\n");
  for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, name), `${head}\n${body}\n`);
  return dir;
}

/**
 * How long one child `vitest run` may take before it is ended. Each test here waits for its
 * children, so its own limit is theirs plus a margin (CHILD_RUNS): vitest's 30 s for a test, shorter
 * than a child's limit, failed all three on a machine 2.6× slower than this file was written on, at
 * the suite's start, while the children were still starting (Vite, the library's modules, the server).
 */
const CHILD_MS = 120_000;
const CHILD_RUNS = (n: number) => ({ timeout: n * CHILD_MS + 10_000 });

/**
 * `vitest run` in that folder as a user runs it; resolves however it exits. Its tests get 30 s, not
 * vitest's 5: each starts an everything server, which took over 5 s at a load average of 8 here.
 */
function vitest(dir: string, args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; out: string }>((resolve) => {
    execFile(
      process.execPath,
      [VITEST, "run", "--root", dir, ...VITEST_TIME_FLAGS, ...args],
      { cwd: dir, env: { ...process.env, MCP_RECORDINGS_DIR: "", FORCE_COLOR: "0", NO_COLOR: "1", ...env }, timeout: CHILD_MS },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, out: `${stdout}\n${stderr}` }),
    );
  });
}

// Each test is its own project in its own folder, so they run at once: a child vitest spends much of
// its time starting (Vite, the library's modules, an everything server), not on this file's CPU.
describe.concurrent("mcp-inspector-harness/vitest in a user's project", () => {
  it(
    "writes a failed test's recording, prints the command that opens it, names it in JUnit; a passing test writes none and its open session is closed",
    CHILD_RUNS(1),
    async () => {
      const dir = project({
        "echo.test.ts": [
          `test("echo says bye", async () => {`,
          `  await using mcp = await connect(everything);`,
          `  expect(await mcp.callTool("echo", { message: "hi" })).toHaveTextContent("bye");`,
          `});`,
          `test("left open", async () => {`,
          `  const mcp = await connect(everything);`,
          `  const spawned = mcp.record().find((e) => e.kind === "lifecycle" && e.event === "spawned");`,
          `  writeFileSync("pid.txt", String(spawned && "pid" in spawned ? spawned.pid : ""));`,
          `  expect(await mcp.callTool("echo", { message: "hi" })).toBeToolSuccess();`,
          `});`,
          `test("the session left open was closed by the hook", async () => {`,
          `  const pid = Number((await import("node:fs")).readFileSync("pid.txt", "utf8"));`,
          `  expect(pid).toBeGreaterThan(0);`,
          `  const alive = () => { try { process.kill(pid, 0); return true; } catch { return false; } };`,
          `  for (let i = 0; i < 100 && alive(); i++) await new Promise((r) => setTimeout(r, 50));`,
          `  expect(alive()).toBe(false);`,
          `});`,
        ].join("\n"),
      });
      const run = await vitest(dir, ["--reporter=default", "--reporter=junit", "--outputFile.junit=junit.xml"]);
      expect(run.code, run.out).toBe(1);

      const folder = path.join(dir, "mcp-recordings");
      expect(readdirSync(folder)).toEqual(["echo--echo-says-bye.mcp-session.json"]);
      const file = path.join(folder, "echo--echo-says-bye.mcp-session.json");
      const session = JSON.parse(readFileSync(file, "utf8")) as { entries: Array<{ kind: string; message?: { method?: string } }> };
      expect(session.entries.some((e) => e.kind === "message" && e.message?.method === "tools/call")).toBe(true);

      expect(run.out).toContain('MCP recording of the failed test "echo says bye":');
      expect(run.out).toContain("npx mcp-inspector-harness --open mcp-recordings/echo--echo-says-bye.mcp-session.json");

      const junit = readFileSync(path.join(dir, "junit.xml"), "utf8");
      const failed = junit.slice(junit.indexOf('name="echo says bye"'), junit.indexOf('name="left open"'));
      expect(failed).toContain(`[[ATTACHMENT|${file}]]`);
      expect(failed).toContain("npx mcp-inspector-harness --open mcp-recordings/echo--echo-says-bye.mcp-session.json");
      expect(failed).toContain("<failure");
      const rest = junit.slice(junit.indexOf('name="left open"'));
      expect(rest).not.toContain("<failure");
      expect(rest).not.toContain("ATTACHMENT");
    },
  );

  it("MCP_RECORDINGS_DIR moves the recordings", CHILD_RUNS(1), async () => {
    const dir = project({
      "fails.test.ts": [
        `test("fails", async () => {`,
        `  const mcp = await connect(everything);`,
        `  expect(mcp).toHaveNoFindings();`,
        `  expect(1).toBe(2);`,
        `});`,
      ].join("\n"),
    });
    const elsewhere = mkdtempSync(path.join(tmpdir(), "harness-elsewhere-"));
    const run = await vitest(dir, [], { MCP_RECORDINGS_DIR: elsewhere });
    expect(run.code, run.out).toBe(1);
    expect(readdirSync(elsewhere)).toEqual(["fails--fails.mcp-session.json"]);
    expect(existsSync(path.join(dir, "mcp-recordings"))).toBe(false);
  });
});

describe.concurrent("the snapshot serializer in a user's project", () => {
  it("gives the same snapshot on a second run against a new everything server process", CHILD_RUNS(2), async () => {
    const dir = project({
      "snap.test.ts": [
        `test("long operation", async () => {`,
        `  await using mcp = await connect(everything);`,
        `  const r = await mcp.callTool("trigger-long-running-operation", { duration: 0.1, steps: 2 }, { onProgress: () => {} });`,
        `  expect(r).toMatchSnapshot();`,
        `  expect(await mcp.callTool("get-resource-links", { count: 2 })).toMatchSnapshot();`,
        `  expect(mcp.record().filter((e) => e.kind === "message" && e.pair?.method === "tools/call")).toMatchSnapshot();`,
        `  expect(mcp.notifications("notifications/progress")).toMatchSnapshot();`,
        `});`,
      ].join("\n"),
    });
    // The first run writes the snapshot (--update: under CI=true vitest writes no new snapshot by itself).
    const first = await vitest(dir, ["--update"]);
    expect(first.code, first.out).toBe(0);
    const snapshot = readFileSync(path.join(dir, "__snapshots__/snap.test.ts.snap"), "utf8");
    expect(snapshot).toContain('"latencyMs": "<latencyMs>"');
    expect(snapshot).toContain('"id": "<id>"');
    expect(snapshot).toContain('"t": "<t>"');
    expect(snapshot).toContain('"progressToken": "<progressToken>"');
    expect(snapshot).toContain("Long running operation completed");
    // CI mode: a snapshot that differs fails and nothing is rewritten.
    const second = await vitest(dir, [], { CI: "1" });
    expect(second.code, second.out).toBe(0);
    expect(readFileSync(path.join(dir, "__snapshots__/snap.test.ts.snap"), "utf8")).toBe(snapshot);
  });
});
