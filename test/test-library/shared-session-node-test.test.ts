import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EVERYTHING, ROOT } from "../helpers/targets";

const LIB = path.join(ROOT, "dist/lib");

describe("a session opened in before(), under node:test with recordFailedTests(afterEach, beforeEach) (issue 48 point 1)", () => {
  beforeAll(() => {
    if (!existsSync(path.join(LIB, "matchers.mjs"))) throw new Error("dist/lib is not built: run `node scripts/build.mjs library` first");
  });

  it("stays open for the file's tests, and a failed test's recording is its part of the shared session", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "harness-node-test-shared-"));
    writeFileSync(
      path.join(dir, "shared.test.mjs"),
      [
        `import { after, afterEach, before, beforeEach, test } from "node:test";`,
        `import assert from "node:assert/strict";`,
        `import { connect } from ${JSON.stringify(path.join(LIB, "index.mjs"))};`,
        `import { recordFailedTests } from ${JSON.stringify(path.join(LIB, "matchers.mjs"))};`,
        `recordFailedTests(afterEach, beforeEach);`,
        `let mcp;`,
        `before(async () => { mcp = await connect({ command: process.execPath, args: [${JSON.stringify(EVERYTHING)}] }); });`,
        `after(() => mcp.close());`,
        `test("one", async () => {`,
        `  assert.equal((await mcp.callTool("echo", { message: "one" })).content[0].text, "Echo: one");`,
        `});`,
        `test("two fails", async () => {`,
        `  assert.equal((await mcp.callTool("echo", { message: "two" })).content[0].text, "Echo: one");`,
        `});`,
        `test("three", async () => {`,
        `  assert.equal((await mcp.callTool("echo", { message: "three" })).content[0].text, "Echo: three");`,
        `});`,
      ].join("\n"),
    );
    const run = await new Promise<{ code: number; out: string }>((resolve) =>
      execFile(
        process.execPath,
        ["--test", "--test-concurrency=1", "shared.test.mjs"],
        { cwd: dir, env: { ...process.env, MCP_RECORDINGS_DIR: "", NODE_OPTIONS: "" }, timeout: 120_000 },
        (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, out: `${stdout}\n${stderr}` }),
      ),
    );
    expect(run.code, run.out).toBe(1);
    expect(run.out).toMatch(/# pass 2\n# fail 1/);
    expect(run.out).not.toContain("not connected");
    const recordings = readdirSync(path.join(dir, "mcp-recordings"));
    expect(recordings).toHaveLength(1);
    expect(recordings[0]).toMatch(/two-fails\.mcp-session\.json$/);
    const saved = JSON.parse(readFileSync(path.join(dir, "mcp-recordings", recordings[0]), "utf8")) as {
      entries: Array<{ message?: { method?: string; params?: { arguments?: { message?: string } } } }>;
    };
    const echoed = saved.entries.flatMap((e) => (e.message?.method === "tools/call" ? [e.message.params?.arguments?.message] : []));
    expect(echoed).toEqual(["two"]);
  });
});
