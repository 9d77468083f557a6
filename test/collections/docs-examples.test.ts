import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { parseCollection } from "../../lib/collections/format";
import { splitShellWords } from "../../lib/target/shell-words";
import { ROOT } from "../helpers/targets";
import { inspectorTest, tempDir } from "./run-cli";

// Every YAML example of docs/collections.md, read from the doc so it cannot drift (issue 48
// point 8): each parses, the first runs as written against the server it is written for (its own
// target, `node dist/index.js` read from the file's folder), the CI workflow's command runs from a
// checkout's root, and the evals example runs in evals-doc.test.ts against a scripted model.
const DOC = readFileSync(path.join(ROOT, "docs/collections.md"), "utf8");
const BLOCKS = [...DOC.matchAll(/```yaml\n([^]*?)```/g)].map((m) => m[1]);
const SERVER = path.join(import.meta.dirname, "doc-example-server.mjs");

/** A checkout as the doc imagines it: the server built to dist/index.js. */
function checkout(): string {
  const dir = realpathSync(tempDir());
  mkdirSync(path.join(dir, "dist"));
  writeFileSync(path.join(dir, "dist", "index.js"), `import ${JSON.stringify(SERVER)};\n`);
  writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }\n');
  return dir;
}

const home = process.cwd();
afterAll(() => process.chdir(home));

describe("docs/collections.md's YAML examples", () => {
  it("there are three, and each is valid YAML; the collections are valid collections", () => {
    expect(BLOCKS).toHaveLength(3);
    for (const block of BLOCKS) expect(parseDocument(block).errors.map((e) => e.message)).toEqual([]);
    for (const block of BLOCKS.slice(0, 2)) {
      const parsed = parseCollection(block, "doc.mcp-tests.yaml");
      expect(parsed.ok ? "ok" : parsed.error.message).toBe("ok");
    }
  });

  it("the first runs as written: its own target from the file's folder, every step green, captures filled", async () => {
    const dir = checkout();
    const file = path.join(dir, "doc.mcp-tests.yaml");
    writeFileSync(file, BLOCKS[0]);
    const r = await inspectorTest([file, "--format", "json"], { API_KEY: "doc-key-1234", MCP_RECORDINGS_DIR: dir });
    expect(r.err).toContain(`starts its target: API_KEY='\${API_KEY}' node dist/index.js (in ${dir})`);
    const run = JSON.parse(r.out).files[0].runs[0];
    expect(run.connectError).toBeUndefined();
    const steps = run.run.steps as Array<{ name: string; status: string; message?: string; saved?: unknown; response?: unknown }>;
    expect(steps.map((s) => `${s.name}: ${s.status}${s.message ? ` (${s.message})` : ""}`)).toEqual(steps.map((s) => `${s.name}: pass`));
    expect(steps).toHaveLength(8);
    expect(steps[0].saved).toEqual({ created: '[{"name":"ann","entityType":"person","observations":[]}]' });
    expect(JSON.stringify(steps[7].response)).toContain("Paris / accept Ann / file:///work");
    expect(r.code).toBe(0);
  }, 60_000);

  it("the CI workflow's command runs from the checkout's root and writes its JUnit report", async () => {
    const workflow = parseDocument(BLOCKS[2]).toJS() as { jobs: Record<string, { steps: Array<{ run?: string }> }> };
    const line = workflow.jobs["mcp-tests"].steps.map((s) => s.run ?? "").find((r) => r.startsWith("npx inspector test "))!;
    const words = splitShellWords(line);
    if (!words.ok) throw new Error(words.message);
    const dir = checkout();
    mkdirSync(path.join(dir, "mcp-tests"));
    writeFileSync(path.join(dir, "mcp-tests", "doc.mcp-tests.yaml"), BLOCKS[0]);
    process.chdir(dir);
    try {
      const r = await inspectorTest(words.args.slice(3), { API_KEY: "doc-key-1234" });
      expect(r.code, r.err + r.out).toBe(0);
      expect(existsSync(path.join(dir, "reports", "mcp-tests.xml"))).toBe(true);
      expect(readFileSync(path.join(dir, "reports", "mcp-tests.xml"), "utf8")).toContain('failures="0" errors="0"');
    } finally {
      process.chdir(home);
    }
  }, 60_000);
});
