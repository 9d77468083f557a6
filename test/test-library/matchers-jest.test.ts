import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EVERYTHING, ROOT } from "../helpers/targets";
import { JEST_TIME_FLAGS } from "../helpers/inner-runner";

const LIB = path.join(ROOT, "dist/lib");

describe("mcp-inspector-harness/jest (built) under Jest on native ESM", () => {
  beforeAll(() => {
    if (!existsSync(path.join(LIB, "jest.mjs"))) throw new Error("dist/lib is not built: run `node scripts/build.mjs library` first");
  });

  it("runs the matchers; a failing one writes the test's recording and names it in its message; a passing test writes none", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "harness-jest-"));
    writeFileSync(
      path.join(dir, "jest.config.mjs"),
      `export default { testEnvironment: "node", transform: {}, testMatch: ["**/*.test.mjs"] };\n`,
    );
    writeFileSync(
      path.join(dir, "echo.test.mjs"),
      [
        `import { expect, test } from "@jest/globals";`,
        `import { connect } from ${JSON.stringify(path.join(LIB, "index.mjs"))};`,
        `import ${JSON.stringify(path.join(LIB, "jest.mjs"))};`,
        `const everything = { command: process.execPath, args: [${JSON.stringify(EVERYTHING)}] };`,
        `test("echo passes", async () => {`,
        `  const mcp = await connect(everything);`,
        `  const r = await mcp.callTool("echo", { message: "hi" });`,
        `  expect(r).toBeToolSuccess();`,
        `  expect(r).not.toHaveTextContent("bye");`,
        `  expect({ r }).toMatchSnapshot();`,
        `});`,
        `test("echo says bye", async () => {`,
        `  const mcp = await connect(everything);`,
        `  expect(await mcp.callTool("echo", { message: "hi" })).toHaveTextContent("bye");`,
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
    expect(run.out).toContain("✓ echo passes");
    expect(run.out).toContain('expected callTool("echo") to have a text block containing "bye", but none is:');
    expect(run.out).toContain('MCP recording of the failed test "echo says bye":');
    expect(run.out).toContain("npx mcp-inspector-harness --open mcp-recordings/echo--echo-says-bye.mcp-session.json");
    expect(readdirSync(path.join(dir, "mcp-recordings"))).toEqual(["echo--echo-says-bye.mcp-session.json"]);
    // The serializer reaches a result nested in what is snapshotted.
    expect(readFileSync(path.join(dir, "__snapshots__/echo.test.mjs.snap"), "utf8")).toContain('"latencyMs": "<latencyMs>"');
  });
  it("with the harness's environment, a test failed by anything (a thrown error, another matcher) writes its recording", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "harness-jest-env-"));
    writeFileSync(
      path.join(dir, "jest.config.mjs"),
      `export default { testEnvironment: ${JSON.stringify(path.join(LIB, "jest-environment.mjs"))}, transform: {}, testMatch: ["**/*.test.mjs"] };\n`,
    );
    writeFileSync(
      path.join(dir, "env.test.mjs"),
      [
        `import { expect, test } from "@jest/globals";`,
        `import { connect } from ${JSON.stringify(path.join(LIB, "index.mjs"))};`,
        `import ${JSON.stringify(path.join(LIB, "jest.mjs"))};`,
        `const everything = { command: process.execPath, args: [${JSON.stringify(EVERYTHING)}] };`,
        `test("passes", async () => {`,
        `  const mcp = await connect(everything);`,
        `  expect(await mcp.callTool("echo", { message: "hi" })).toBeToolSuccess();`,
        `});`,
        `test("unknown tool thrown", async () => {`,
        `  const mcp = await connect(everything);`,
        `  await mcp.callTool("no-such-tool");`,
        `});`,
        `test("plain matcher", async () => {`,
        `  const mcp = await connect(everything);`,
        `  const r = await mcp.callTool("echo", { message: "hi" });`,
        `  expect(r.content.length).toBe(2);`,
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
    expect(run.out).toContain("✓ passes");
    expect(run.out).toContain("npx mcp-inspector-harness --open mcp-recordings/env--unknown-tool-thrown.mcp-session.json");
    expect(readdirSync(path.join(dir, "mcp-recordings")).sort()).toEqual([
      "env--plain-matcher.mcp-session.json",
      "env--unknown-tool-thrown.mcp-session.json",
    ]);
  });
});
