import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "../helpers/targets";
import { inspectorTest, tempDir, writeCollection } from "./run-cli";

// Issue 48 points 2, 3 and 4: a collection's verdicts, proven on planted bugs (convention 26).
const SERVER = path.join(import.meta.dirname, "verdict-server.mjs");
const server = (mutant = "correct") => [process.execPath, SERVER, mutant];
const DUAL = [process.execPath, path.join(FIXTURES, "modern-dual-server.mjs"), "--stdio"];

const steps = (list: Array<{ status: string }>) => list.map((s) => s.status);
const stepsOf = (out: string) => JSON.parse(out).files[0].runs[0].run.steps as Array<{ status: string; message?: string }>;

describe("a step's default verdict (issue 48 point 2)", () => {
  const COLLECTION = `steps:
  - name: add, no expectations
    tool: add
    arguments: { a: 2, b: 3 }
  - name: refuse, no expectations
    tool: refuse
  - name: refuse, expected
    tool: refuse
    expect:
      - isError: true
      - textContent: refused
`;

  it("a call passes on the correct server; a tool that answers isError fails a step that names no isError", async () => {
    const dir = tempDir();
    const file = writeCollection(dir, "v.mcp-tests.yaml", COLLECTION);
    const r = await inspectorTest([file, "--format", "json", ...server()], { MCP_RECORDINGS_DIR: dir });
    expect(steps(stepsOf(r.out))).toEqual(["pass", "fail", "pass"]);
    const text = await inspectorTest([file, ...server()], { MCP_RECORDINGS_DIR: dir });
    expect(text.out).toContain("the tool answered isError: true: refused, as it always is");
  }, 30_000);

  it("outputSchema (on by default) fails on isError with no structuredContent, and on a success with none", async () => {
    const dir = tempDir();
    const file = writeCollection(dir, "v.mcp-tests.yaml", COLLECTION);
    for (const mutant of ["add-error", "add-no-structured"]) {
      const r = await inspectorTest([file, "--format", "json", ...server(mutant)], { MCP_RECORDINGS_DIR: dir });
      expect(r.code, mutant).toBe(1);
      expect(stepsOf(r.out)[0].status, mutant).toBe("fail");
    }
    // Even a step that says outputSchema: true and isError: false is not fooled by an error.
    const explicit = writeCollection(
      dir,
      "e.mcp-tests.yaml",
      "steps:\n  - tool: add\n    arguments: { a: 1, b: 1 }\n    expect:\n      - outputSchema: true\n",
    );
    const r = await inspectorTest([explicit, ...server("add-error")], { MCP_RECORDINGS_DIR: dir });
    expect(r.code).toBe(1);
    expect(r.out).toContain("the tool returned isError: true with no structuredContent");
  }, 30_000);
});

describe("--from-session: the recording's answers are the expected values (issue 48 point 3)", () => {
  const SOURCE = `steps:
  - tool: echo
    arguments: { message: hello }
  - tool: add
    arguments: { a: 2, b: 3 }
  - tool: refuse
    expect: [{ isError: true }]
`;

  it("a collection made from a recording of the correct server fails at its first run against a changed one", async () => {
    const dir = tempDir();
    const session = path.join(dir, "good.mcp-session.json");
    const src = writeCollection(dir, "src.mcp-tests.yaml", SOURCE);
    expect((await inspectorTest([src, "--save-session", session, ...server()])).code).toBe(0);
    const out = path.join(dir, "made", "deeper", "from.mcp-tests.yaml");
    const made = await inspectorTest(["--from-session", session, out]);
    expect(made.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out, "utf8")).toContain("isError: true");
    const env = { MCP_RECORDINGS_DIR: dir };
    // The correct server passes it, first run included, and nothing is written.
    const good = await inspectorTest([out, ...server()], env);
    expect(good.code, good.out).toBe(0);
    expect(good.err).not.toContain("snapshots written");
    // A server whose echo changed fails at the very first run: the recording is the reference.
    const bad = await inspectorTest([out, ...server("echo-changed")], env);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('differs from snapshot "tools/call echo"');
    expect(bad.out).toContain("Echo: hello");
    // So does one whose add answers an error.
    expect((await inspectorTest([out, ...server("add-error")], env)).code).toBe(1);
    // With no target on the command line, the recorded one starts, from where it was recorded.
    expect(readFileSync(out, "utf8")).toContain(`cwd: ${path.relative(path.dirname(out), process.cwd())}`);
    const own = await inspectorTest([out], env);
    expect(own.err).toContain("starts its target:");
    expect(own.code, own.out).toBe(0);
  }, 60_000);

  it("into a folder that does not exist: the folder is made; an unwritable place is one line, no stack", async () => {
    const dir = tempDir();
    const session = path.join(dir, "good.mcp-session.json");
    const src = writeCollection(dir, "src.mcp-tests.yaml", SOURCE);
    await inspectorTest([src, "--save-session", session, ...server()]);
    // A file where a folder of the path should be: nothing can make that folder.
    writeFileSync(path.join(dir, "a-file"), "");
    const r = await inspectorTest(["--from-session", session, path.join(dir, "a-file", "x.mcp-tests.yaml")]);
    expect(r.code).toBe(2);
    expect(r.err.split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/^inspector: --from-session: cannot write /);
    expect(r.err).not.toContain("    at ");
  }, 30_000);
});

describe("--protocol-era both with snapshots (issue 48 point 4)", () => {
  it("a correct dual-era server passes: era-only fields are not part of a snapshot", async () => {
    const dir = tempDir();
    const file = writeCollection(
      dir,
      "s.mcp-tests.yaml",
      `steps:
  - name: add
    tool: add
    arguments: { a: 1, b: 2 }
    expect: [{ snapshot: true }]
  - name: resource
    resource: fixture://hello
    expect: [{ snapshot: true }]
  - name: prompt
    prompt: greet
    arguments: { name: Bo }
    expect: [{ snapshot: true }]
`,
    );
    const r = await inspectorTest([file, "--protocol-era", "both", ...DUAL], { MCP_RECORDINGS_DIR: dir });
    expect(r.out).toMatch(/add\s+legacy ✓ {2}modern ✓/);
    expect(r.code, r.out).toBe(0);
    const snap = readFileSync(path.join(dir, "s.mcp-tests.snap.yaml"), "utf8");
    expect(snap).not.toContain("resultType");
    expect(snap).not.toContain("io.modelcontextprotocol/serverInfo");
    // Both ways round: the modern era's snapshot holds for the legacy era too.
    const modern = await inspectorTest([file, "--update-snapshots", "--protocol-era", "modern", ...DUAL], { MCP_RECORDINGS_DIR: dir });
    expect(modern.code).toBe(0);
    expect((await inspectorTest([file, "--protocol-era", "legacy", ...DUAL], { MCP_RECORDINGS_DIR: dir })).code).toBe(0);
  }, 60_000);
});

describe("a 2025 subscription step in the 2026-07-28 era (issue 48 point 4)", () => {
  // The corpus's SDK v2 server: it serves both eras and resource subscriptions.
  const V2 = [process.execPath, path.join(import.meta.dirname, "../mutants/servers/v2.mjs")];

  it("resources/subscribe and unsubscribe mean the same in both eras: held through subscriptions/listen on a modern connection", async () => {
    const dir = tempDir();
    const file = writeCollection(
      dir,
      "sub.mcp-tests.yaml",
      `steps:
  - name: subscribe
    method: resources/subscribe
    params: { uri: "mem://hello" }
    expect: [{ snapshot: true }]
  - name: unsubscribe
    method: resources/unsubscribe
    params: { uri: "mem://hello" }
    expect: [{ snapshot: true }]
`,
    );
    const r = await inspectorTest([file, "--protocol-era", "both", ...V2], { MCP_RECORDINGS_DIR: dir });
    expect(r.out).toMatch(/subscribe\s+legacy ✓ {2}modern ✓/);
    expect(r.code, r.out).toBe(0);
  }, 60_000);
});
