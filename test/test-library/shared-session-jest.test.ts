import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EVERYTHING, ROOT } from "../helpers/targets";
import { JEST_TIME_FLAGS } from "../helpers/inner-runner";

const LIB = path.join(ROOT, "dist/lib");

describe("a session opened in beforeAll, under mcp-inspector-harness/jest (built) with its environment (issue 48 point 1)", () => {
  beforeAll(() => {
    if (!existsSync(path.join(LIB, "jest.mjs"))) throw new Error("dist/lib is not built: run `node scripts/build.mjs library` first");
  });

  it("stays open for the file's tests, and a failed test's recording is its part of the shared session", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "harness-jest-shared-"));
    writeFileSync(
      path.join(dir, "jest.config.mjs"),
      `export default { testEnvironment: ${JSON.stringify(path.join(LIB, "jest-environment.mjs"))}, transform: {}, testMatch: ["**/*.test.mjs"] };\n`,
    );
    writeFileSync(
      path.join(dir, "shared.test.mjs"),
      [
        `import { beforeAll, expect, test } from "@jest/globals";`,
        `import { connect } from ${JSON.stringify(path.join(LIB, "index.mjs"))};`,
        `import ${JSON.stringify(path.join(LIB, "jest.mjs"))};`,
        `let mcp;`,
        `beforeAll(async () => {`,
        `  mcp = await connect({ command: process.execPath, args: [${JSON.stringify(EVERYTHING)}] });`,
        `});`,
        `test("one", async () => {`,
        `  expect(await mcp.callTool("echo", { message: "one" })).toHaveTextContent("Echo: one");`,
        `});`,
        `test("two fails", async () => {`,
        `  const r = await mcp.callTool("echo", { message: "two" });`,
        `  expect(r.content[0].text).toBe("Echo: one");`,
        `});`,
        `test("three", async () => {`,
        `  expect(await mcp.callTool("echo", { message: "three" })).toHaveTextContent("Echo: three");`,
        `});`,
      ].join("\n"),
    );
    const run = await new Promise<{ code: number; out: string }>((resolve) =>
      execFile(
        process.execPath,
        [path.join(ROOT, "node_modules/jest/bin/jest.js"), "--rootDir", dir, "--ci=false", ...JEST_TIME_FLAGS],
        {
          cwd: dir,
          env: { ...process.env, NODE_OPTIONS: "--experimental-vm-modules", MCP_RECORDINGS_DIR: "", FORCE_COLOR: "0" },
          timeout: 120_000,
        },
        (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, out: `${stdout}\n${stderr}` }),
      ),
    );
    expect(run.code, run.out).toBe(1);
    expect(run.out).toMatch(/Tests:\s+1 failed, 2 passed, 3 total/);
    expect(run.out).not.toContain("not connected");
    expect(readdirSync(path.join(dir, "mcp-recordings"))).toEqual(["shared--two-fails.mcp-session.json"]);
    const saved = JSON.parse(readFileSync(path.join(dir, "mcp-recordings/shared--two-fails.mcp-session.json"), "utf8")) as {
      entries: Array<{ message?: { method?: string; params?: { arguments?: { message?: string } } } }>;
    };
    const echoed = saved.entries.flatMap((e) => (e.message?.method === "tools/call" ? [e.message.params?.arguments?.message] : []));
    expect(echoed).toEqual(["two"]);
  });
});
