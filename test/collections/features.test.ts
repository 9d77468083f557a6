import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "../helpers/targets";
import { inspectorTest, tempDir, writeCollection } from "./run-cli";

const DUAL = [process.execPath, path.join(FIXTURES, "modern-dual-server.mjs"), "--stdio"];
const HANG = [process.execPath, path.join(FIXTURES, "hang.mjs")];

const CAPTURE = `variables:
  who: \${WHO}
steps:
  - name: add
    tool: add
    arguments: { a: 2, b: 3 }
    save: { sum: $.structuredContent.sum }
    expect:
      - path: $.structuredContent
        contains: { sum: 5 }
  - name: echo the capture
    tool: echo
    arguments: { message: "{{who}} got {{sum}}" }
    expect:
      - path: $.content[0].text
        equals: "ann got 5"
      - latencyMs: 10000
      - noFindings: error
  - name: a capture that finds nothing
    tool: echo
    arguments: { message: x }
    save: { nothing: $.structuredContent.nope }
  - name: read the resource
    resource: fixture://hello
    expect:
      - path: $.contents[0].text
        matches: "^Hello"
  - name: greet
    prompt: greet
    arguments: { name: Bo }
    expect:
      - path: $.messages[0].content.text
        equals: "Say hello to Bo."
`;

describe("inspector test: steps, captures and reports", () => {
  it("captures and variables fill later steps; a capture that finds nothing fails naming its path; json and junit say the same", async () => {
    const dir = tempDir();
    const file = writeCollection(dir, "c.mcp-tests.yaml", CAPTURE);
    const env = { WHO: "ann", MCP_RECORDINGS_DIR: dir };
    const json = await inspectorTest([file, "--format", "json", ...DUAL], env);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out);
    const steps = report.files[0].runs[0].run.steps;
    expect(steps.map((s: { status: string }) => s.status)).toEqual(["pass", "pass", "fail", "pass", "pass"]);
    expect(steps[0].saved).toEqual({ sum: 5 });
    expect(steps[2].message).toBe("save nothing: nothing at $.structuredContent.nope");
    expect(steps[1].seqs.first).toBeGreaterThan(steps[0].seqs.last);
    expect(report.summary).toMatchObject({ passed: 4, failed: 1 });

    const junit = await inspectorTest([file, "--format", "junit", ...DUAL], env);
    expect(junit.out).toContain('<testsuite name="' + file + '" tests="5" failures="1" errors="0" skipped="0">');
    expect(junit.out).toContain('<failure type="expectation" message="save nothing: nothing at $.structuredContent.nope">');
  }, 60_000);

  it("--grep runs only the matching steps, --bail stops at the first failure, tap reports both", async () => {
    const dir = tempDir();
    const file = writeCollection(dir, "c.mcp-tests.yaml", CAPTURE);
    const env = { WHO: "ann", MCP_RECORDINGS_DIR: dir };
    const grep = await inspectorTest([file, "--grep", "^(add|greet)$", "--format", "tap", ...DUAL], env);
    expect(grep.code).toBe(0);
    expect(grep.out.split("\n").slice(0, 3)).toEqual(["TAP version 13", "1..5", `ok 1 - ${file} > add`]);
    expect(grep.out).toContain(`ok 2 - ${file} > echo the capture # SKIP`);
    const bail = await inspectorTest([file, "--bail", "--format", "tap", ...DUAL], env);
    expect(bail.code).toBe(1);
    expect(bail.out).toContain(`not ok 3 - ${file} > a capture that finds nothing`);
    expect(bail.out).toContain(
      `ok 4 - ${file} > read the resource # SKIP not run: --bail after step "a capture that finds nothing" failed`,
    );
  }, 60_000);

  it("snapshots: the first run writes them beside the file, a changed answer fails, --update-snapshots takes the new one", async () => {
    const dir = tempDir();
    const text = "steps:\n  - name: echo\n    tool: echo\n    arguments: { message: one }\n    expect:\n      - snapshot: true\n";
    const file = writeCollection(dir, "s.mcp-tests.yaml", text);
    const env = { MCP_RECORDINGS_DIR: dir };
    const first = await inspectorTest([file, ...DUAL], env);
    expect(first.code).toBe(0);
    const snap = path.join(dir, "s.mcp-tests.snap.yaml");
    expect(readFileSync(snap, "utf8")).toContain("text: one");
    expect((await inspectorTest([file, ...DUAL], env)).code).toBe(0);
    writeFileSync(file, text.replace("message: one", "message: two"));
    const changed = await inspectorTest([file, ...DUAL], env);
    expect(changed.code).toBe(1);
    expect(changed.out).toContain('differs from snapshot "echo"');
    expect((await inspectorTest([file, "--update-snapshots", ...DUAL], env)).code).toBe(0);
    expect(readFileSync(snap, "utf8")).toContain("text: two");
  }, 60_000);

  it("--protocol-era both runs each step in each era, side by side", async () => {
    const file = writeCollection(
      tempDir(),
      "e.mcp-tests.yaml",
      "steps:\n  - name: add\n    tool: add\n    arguments: { a: 1, b: 1 }\n    expect:\n      - textContent: '2'\n",
    );
    const r = await inspectorTest([file, "--protocol-era", "both", ...DUAL]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/add\s+legacy ✓ {2}modern ✓/);
    expect(r.out).toMatch(/2 passed, 0 failed$/);
  }, 60_000);

  it("a step whose server hangs fails at its time limit and the rest go on", async () => {
    const dir = tempDir();
    const file = writeCollection(dir, "h.mcp-tests.yaml", "steps:\n  - tool: hang\n    timeoutMs: 300\n  - tool: fine\n");
    const r = await inspectorTest([file, ...HANG], { MCP_RECORDINGS_DIR: dir });
    expect(r.code).toBe(1);
    expect(r.out).toContain("✗ 1: tool hang");
    expect(r.out).toContain("no answer within its time limit (300 ms)");
    expect(r.out).toContain("✓ 2: tool fine");
  }, 30_000);

  it("--from-session writes a collection of the recorded requests that then passes against the same server", async () => {
    const dir = tempDir();
    const file = writeCollection(dir, "src.mcp-tests.yaml", CAPTURE);
    const session = path.join(dir, "run.mcp-session.json");
    await inspectorTest([file, "--save-session", session, ...DUAL], { WHO: "ann" });
    expect(existsSync(session)).toBe(true);
    const out = path.join(dir, "from.mcp-tests.yaml");
    const w = await inspectorTest(["--from-session", session, out]);
    expect(w.code).toBe(0);
    const written = readFileSync(out, "utf8");
    expect(written).toContain("tool: add");
    expect(written).toContain("resource: fixture://hello");
    expect(written).toContain("snapshot: true");
    // The recorded answers are the snapshots from the start: the first run compares, writes nothing.
    expect(readFileSync(path.join(dir, "from.mcp-tests.snap.yaml"), "utf8")).toContain("text: Hello from the fixture.");
    const again = await inspectorTest([out, ...DUAL], { MCP_RECORDINGS_DIR: dir });
    expect(again.err).not.toContain("snapshots written");
    expect(again.code).toBe(0);
  }, 60_000);

  it("a server that dies mid-run: its step is an error saying why, the rest are not run", async () => {
    const dir = tempDir();
    const file = writeCollection(dir, "d.mcp-tests.yaml", "steps:\n  - tool: fine\n  - tool: crash\n  - tool: fine\n");
    const r = await inspectorTest([file, "--format", "json", process.execPath, path.join(FIXTURES, "crash.mjs"), "call"], {
      MCP_RECORDINGS_DIR: dir,
    });
    expect(r.code).toBe(1);
    const steps = JSON.parse(r.out).files[0].runs[0].run.steps;
    expect(steps.map((s: { status: string }) => s.status)).toEqual(["pass", "error", "skipped"]);
    expect(steps[2].message).toBe('not run: the connection ended during step "2: tool crash"');
  }, 30_000);
});
