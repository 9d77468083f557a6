import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EVERYTHING_TARGET, inspectorTest, tempDir, writeCollection } from "./run-cli";

/** The example, as written. */
const EXAMPLE = `steps:
  - name: echo answers
    tool: echo
    arguments: { message: hello }
    expect:
      - isError: false
      - path: $.content[0].text
        equals: "Echo: hello"
  - name: sum
    tool: get-sum
    arguments: { a: 2, b: 3 }
    expect:
      - textContent: { contains: "5" }
`;

describe("inspector test", () => {
  it("runs the issue's example against the everything server: 2 passed", async () => {
    const file = writeCollection(tempDir(), "everything.mcp-tests.yaml", EXAMPLE);
    const r = await inspectorTest([file, ...EVERYTHING_TARGET]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("✓ echo answers");
    expect(r.out).toMatch(/2 passed, 0 failed$/);
  }, 30_000);

  it("a failed expectation names the file, step, path, expected and actual; exit 1 and the recording kept", async () => {
    const dir = tempDir();
    const file = writeCollection(dir, "bad.mcp-tests.yaml", EXAMPLE.replace('"Echo: hello"', '"Echo: goodbye"'));
    const r = await inspectorTest([file, ...EVERYTHING_TARGET], { MCP_RECORDINGS_DIR: dir });
    expect(r.code).toBe(1);
    expect(r.out).toContain(file);
    expect(r.out).toContain("✗ echo answers");
    expect(r.out).toContain('$.content[0].text equals "Echo: goodbye"');
    expect(r.out).toContain('expected "Echo: goodbye"');
    expect(r.out).toContain('actual   "Echo: hello"');
    expect(r.out).toMatch(/1 passed, 1 failed$/);
    const recording = `${dir}/bad.mcp-session.json`;
    expect(r.err).toContain(recording);
    expect(JSON.parse(readFileSync(recording, "utf8")).format).toBe("mcp-inspector-session");
  }, 30_000);

  it("--output: the report goes to the file and a failed run's recording beside it", async () => {
    const dir = tempDir();
    const file = writeCollection(dir, "bad.mcp-tests.yaml", EXAMPLE.replace('"Echo: hello"', '"Echo: goodbye"'));
    const report = `${dir}/reports/mcp-tests.xml`;
    const r = await inspectorTest([file, "--format", "junit", "--output", report, ...EVERYTHING_TARGET]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(readFileSync(report, "utf8")).toMatch(/<testcase[^>]*name="echo answers"[^>]*>\s*<failure/);
    const recording = `${dir}/reports/bad.mcp-session.json`;
    expect(r.err).toContain(recording);
    expect(JSON.parse(readFileSync(recording, "utf8")).format).toBe("mcp-inspector-session");
  }, 30_000);

  it("a malformed file: one error naming file, line and key; nothing run (exit 2)", async () => {
    const file = writeCollection(tempDir(), "typo.mcp-tests.yaml", EXAMPLE.replace("equals:", "equalz:"));
    // A target that would fail to start shows nothing was run: the error is about the file.
    const r = await inspectorTest([file, "/nonexistent/server"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain(`${file}:8: steps[0].expect[1].equalz: unknown expectation "equalz"`);
    expect(r.err).toContain("nothing was run");
  });

  it("an unknown method is named", async () => {
    const file = writeCollection(tempDir(), "m.mcp-tests.yaml", "steps:\n  - method: tools/cal\n");
    const r = await inspectorTest([file, ...EVERYTHING_TARGET]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${file}:2: steps[0].method: unknown method "tools/cal"`);
  });

  it("a server that cannot be started: exit 4", async () => {
    const file = writeCollection(tempDir(), "x.mcp-tests.yaml", EXAMPLE);
    const r = await inspectorTest([file, process.execPath, "/nonexistent/server.js"], { MCP_RECORDINGS_DIR: tempDir() });
    expect(r.code).toBe(4);
    expect(r.out).toContain("could not connect");
  }, 30_000);
});

describe("inspector test: usage", () => {
  it("--protocol-era names both among its values; a missing path is named", async () => {
    const era = await inspectorTest(["--protocol-era", "bogus", "x.mcp-tests.yaml"]);
    expect(era).toMatchObject({ code: 2, err: 'inspector: --protocol-era must be legacy, auto, modern or both, got "bogus"' });
    const missing = await inspectorTest(["/nonexistent/x.mcp-tests.yaml", process.execPath]);
    expect(missing).toMatchObject({ code: 2, err: "inspector: /nonexistent/x.mcp-tests.yaml: no such file or folder" });
  });
});
