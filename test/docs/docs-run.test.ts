import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import YAML from "yaml";
import { ROOT } from "../helpers/targets";
import { blocksOf, commandsOf, kindOf, scriptsOf, type Block, type Command } from "./blocks";
import { makeWorkspace, run, type Run, type Workspace } from "./workspace";
import { JEST_TIME_FLAGS, VITEST_TIME_FLAGS } from "../helpers/inner-runner";

// Docs that are tested (issue 48): every fenced block of README.md and docs/**/*.md a user would
// copy is run against the package packed and installed from its tarball (test/docs/workspace.ts),
// or is marked `<!-- illustration: WHY -->` on the line before its fence. A new page is covered
// with nothing to add here. How each kind of block runs (test/docs/blocks.ts says which is which):
//
// - sh: each command in order. `npx inspector …` / `npx mcp-inspector-harness …` / `inspector …`
//   run in the user's project (workspace.ts: its server is build/index.js, dist/index.js and
//   server.js; server.py is the Python example; mcp.json, server.json, server.env,
//   bug.mcp-session.json, v1.mcp-session.json, main-load.json are there) and must exit 0. The
//   docs' example URLs (127.0.0.1:3001, localhost:3001, https://example.com) become that server
//   over HTTP. A command that keeps running (the page, `mock --port`, `mcp`) is started and must
//   print its first line (the page: "… is up at URL") within the time limit, then is stopped. A
//   load run is cut to 1 s or 200 calls, and may exit 1 only on its own threshold (machine-
//   dependent: "load check failed"). A command with `--model` and no key in the environment
//   must say which variable it wants (no model is called here). `npm install … mcp-inspector-
//   harness` is what the workspace did (the tarball; other packages linked); `npm ci`, `npm
//   start`, `npm run X` are a clone's: the script must exist in package.json. `mkdir`, `cd`,
//   `export`, `npm init`, `rm -f` run as they are. Any other command fails the block: mark it.
// - yaml: parsed. A collection (`steps:`) is run by `inspector test` against build/index.js (or
//   its own `target:`); one with `ask:` steps needs a model: run without one, it must be refused
//   for that reason and nothing else. A workflow (`jobs:`) has the `npx inspector` lines of its
//   `run:` steps run as sh (the other steps are the user's project's own).
// - json: parsed; an `mcpServers` file is used: `inspector --cli --config FILE --method tools/list`.
// - ts / js: a whole test file (it imports the package and calls `test(`) runs with its runner:
//   vitest, Jest (with the block that writes jest.config.mjs), node:test; Playwright's need a
//   browser and an App server: type-checked against the bundled .d.ts (the same code runs in
//   examples/playwright-app, test/test-library/examples-tarball.test.ts). A block whose first
//   line is a comment naming a file (`// echo.test.ts`, `# mcp-tests/x.mcp-tests.yaml`) is
//   written there first, so the commands that name it find it.
// - a fence without a language, or text / console / output (a diagram, an output, a synopsis), is never run.

const DOCS = [
  "README.md",
  ...readdirSync(path.join(ROOT, "docs"), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => path.join("docs", f)),
];
const BLOCKS: Block[] = DOCS.flatMap((f) => blocksOf(f, readFileSync(path.join(ROOT, f), "utf8")));

/** Fence languages that show what a person sees, never what they type: not run. */
const PROSE = ["", "text", "txt", "console", "output"];
const COMMAND_MS = 45_000;
/** How long a command that keeps running has to print its first line. */
const READY_MS = 30_000;

let ws: Workspace;
beforeAll(async () => {
  ws = await makeWorkspace();
  // Files the blocks name on their first line, written before any block runs.
  for (const b of BLOCKS) {
    const name = namedFile(b);
    if (!name || b.illustration) continue;
    const file = path.join(ws.project, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, b.body + "\n");
  }
}, 600_000);

afterAll(() => {
  ws?.close();
  if (ws?.dir) rmSync(ws.dir, { recursive: true, force: true });
});

/** The file a block's first line names (`// echo.test.ts`, `# mcp-tests/x.mcp-tests.yaml`), if any. */
function namedFile(b: Block): string | undefined {
  const m = /^(?:\/\/|#)\s*([\w./-]+\.(?:ts|mts|mjs|js|ya?ml|json))\b/.exec(b.body.split("\n")[0] ?? "");
  return m && !m[1].startsWith(".github/") ? m[1] : undefined;
}

/** The docs' example URLs, pointed at the user server over HTTP. */
function localUrls(text: string): string {
  return text.replace(/https?:\/\/(127\.0\.0\.1|localhost):3001|https:\/\/example\.com/g, ws.origin);
}

/** A load run cut short: the docs' durations and counts are for a real server, not a test. */
function shortLoad(text: string): string {
  if (!/\s--load(\s|$)/.test(text)) return text;
  let t = text.replace(/--load-duration\s+\d+/, "--load-duration 1").replace(/--load-requests\s+\d+/, "--load-requests 200");
  if (!/--load-(duration|requests)\s/.test(t)) t = t.replace(/\s--load(\s|$)/, " --load --load-duration 1$1");
  return t;
}

const LONG_RUNNING_SUBCOMMANDS =
  /^(npx\s+(--\S+\s+)*(--package\s+\S+\s+)?)?(inspector|mcp-inspector-harness)\s+(mock\s+\S+\s+.*--port|mcp(\s|$))/;
const FINISHING = /\s(--cli|check|test|replay|diff|export|agent-help|mock)(\s|$)|--(help|version)(\s|$)/;

/** Whether the command keeps running until stopped (the page, a mock over HTTP, the agent server). */
function keepsRunning(text: string): boolean {
  return LONG_RUNNING_SUBCOMMANDS.test(text) || !FINISHING.test(` ${text.replace(/^npx\s+(--\S+\s+)*(--package\s+\S+\s+)?/, "")}`);
}

interface Ctx {
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** Resolves when no process of the group is left (SIGKILL after 10 s). */
async function groupGone(pgid: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return;
    }
    if (i === 100) {
      try {
        process.kill(-pgid, "SIGKILL");
      } catch {
        return;
      }
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Start a command that keeps running; resolves with its output once it printed a line, or at the limit. */
function firstLine(text: string, ctx: Ctx): Promise<Run & { ready: boolean }> {
  return new Promise((resolve) => {
    const child = spawn("sh", ["-c", text], { cwd: ctx.cwd, env: ctx.env, stdio: ["pipe", "pipe", "pipe"], detached: true });
    let stdout = "";
    let stderr = "";
    let done = false;
    const finish = (ready: boolean, code: number | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
      // Resolved once every process of its group is gone: the next block's page takes the same
      // port (6274), which a launcher still shutting down holds.
      void groupGone(child.pid!).then(() => resolve({ code, stdout, stderr, ready }));
    };
    // The page prints its URL ("is up at"); a mock, the agent server: any line.
    const page = !LONG_RUNNING_SUBCOMMANDS.test(text);
    const check = () => {
      if (page ? /is up at \S+/.test(stdout) : /\n/.test(stdout + stderr)) finish(true, null);
    };
    child.stdout.on("data", (d) => ((stdout += d), check()));
    child.stderr.on("data", (d) => ((stderr += d), check()));
    child.once("exit", (code) => finish(false, code));
    const timer = setTimeout(() => finish(false, null), READY_MS);
  });
}

/**
 * `npx inspector …` and `npx mcp-inspector-harness …` (no npx flags) run the command npx would
 * find: the project's own `node_modules/.bin` (first on the blocks' PATH). npx costs about a
 * second of CPU a call before the command starts, and the docs hold dozens of them (docs/page.md's
 * first block starts the page 11 times): the lookup npx makes is asserted once, by the test "npx
 * finds the installed package's commands". `npx --package …` (an install from a tarball) runs as it is.
 */
function withoutNpx(text: string): string {
  return text.replace(/^npx\s+(inspector|mcp-inspector-harness)(\s|$)/, "$1$2");
}

async function runInspector(c: Command, ctx: Ctx): Promise<string | undefined> {
  const text = withoutNpx(shortLoad(localUrls(c.text)));
  const where = `line ${c.line}: ${c.text}`;
  if (keepsRunning(text)) {
    const r = await firstLine(text, ctx);
    return r.ready ? undefined : `${where}\n  did not print its first line (exit ${r.code}):\n${r.stdout}\n${r.stderr}`;
  }
  const r = await run("sh", ["-c", text], ctx.cwd, ctx.env, COMMAND_MS);
  if (r.code === 0) return undefined;
  if (/\s--load(\s|$)/.test(text) && r.code === 1 && /load check failed/.test(r.stderr) && !/usage|unknown flag/i.test(r.stderr))
    return undefined;
  if (/\s--model\s/.test(text)) {
    const key = /\b([A-Z][A-Z0-9_]*_API_KEY)\b/.exec(r.stderr + r.stdout)?.[1];
    if (key && !ctx.env[key]) return undefined;
  }
  return `${where}\n  exit ${r.code}\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`;
}

/** Run an sh block's commands in order; each problem is one string. */
async function runSh(b: Pick<Block, "body" | "line">, ctx: Ctx): Promise<string[]> {
  const problems: string[] = [];
  for (const c of commandsOf(b)) {
    for (const part of kindOf(c.text) === "setup" ? c.text.split(/\s*&&\s*/) : [c.text]) {
      const one = { ...c, text: part };
      const kind = kindOf(part);
      if (kind === "inspector") {
        const p = await runInspector(one, ctx);
        if (p) problems.push(p);
      } else if (kind === "install") {
        // The workspace installed the tarball; a new folder gets the same node_modules.
        if (!existsSync(path.join(ctx.cwd, "node_modules")))
          symlinkSync(path.join(ws.project, "node_modules"), path.join(ctx.cwd, "node_modules"), "dir");
      } else if (kind === "repo-script") {
        const scripts = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
        for (const s of scriptsOf(part)) if (!scripts[s]) problems.push(`line ${c.line}: ${part}\n  package.json has no script "${s}"`);
      } else if (kind === "setup") {
        const cd = /^cd\s+(\S+)$/.exec(part);
        const exp = /^export\s+([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(part);
        if (cd) ctx.cwd = path.resolve(ctx.cwd, cd[1]);
        else if (exp) {
          // `export KEY=…` stands for the person's own secret: the docs test has none to give.
          if (exp[2].trim() !== "…") ctx.env = { ...ctx.env, [exp[1]]: exp[2] };
        } else {
          const r = await run("sh", ["-c", part], ctx.cwd, ctx.env, COMMAND_MS);
          if (r.code !== 0) problems.push(`line ${c.line}: ${part}\n  exit ${r.code}\n${r.stderr}`);
        }
      } else problems.push(`line ${c.line}: ${part}\n  not a command the docs test can run: mark the block <!-- illustration: why -->`);
    }
  }
  return problems;
}

async function runYaml(b: Block, ctx: Ctx): Promise<string[]> {
  let doc: unknown;
  try {
    doc = YAML.parse(b.body);
  } catch (e) {
    return [`not valid YAML: ${(e as Error).message}`];
  }
  const d = (doc ?? {}) as Record<string, unknown>;
  if (d.jobs) {
    const runs = Object.values(d.jobs as Record<string, { steps?: Array<{ run?: string }> }>)
      .flatMap((j) => j.steps ?? [])
      .map((s) => s.run)
      .filter((r): r is string => typeof r === "string" && kindOf(r) === "inspector");
    return runSh({ body: runs.join("\n"), line: b.line }, ctx);
  }
  if (!Array.isArray(d.steps)) return [`YAML that is neither a collection (steps:) nor a workflow (jobs:): mark it or teach test/docs`];
  const file = path.join(ws.project, namedFile(b) ?? `block-${path.basename(b.file, ".md")}-${b.line}.mcp-tests.yaml`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, b.body + "\n");
  const target = d.target ? [] : ["node", "build/index.js"];
  const r = await run(path.join(ws.project, "node_modules/.bin/inspector"), ["test", file, ...target], ctx.cwd, ctx.env, COMMAND_MS);
  const asks = (d.steps as Array<Record<string, unknown>>).some((s) => "ask" in s);
  if (asks)
    return /--model|model/i.test(r.stderr + r.stdout) && r.code !== 0 && r.code !== 1
      ? []
      : [`a collection with ask: steps run without a model: exit ${r.code}\n${r.stdout}\n${r.stderr}`];
  return r.code === 0 ? [] : [`inspector test ${path.basename(file)}: exit ${r.code}\n${r.stdout}\n${r.stderr}`];
}

async function runJson(b: Block, ctx: Ctx): Promise<string[]> {
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(b.body) as Record<string, unknown>;
  } catch (e) {
    return [`not valid JSON: ${(e as Error).message}`];
  }
  if (!doc.mcpServers) return [];
  const file = path.join(ws.project, `block-${path.basename(b.file, ".md")}-${b.line}.json`);
  writeFileSync(file, b.body);
  const r = await run(
    path.join(ws.project, "node_modules/.bin/inspector"),
    ["--cli", "--config", file, "--method", "tools/list"],
    ctx.cwd,
    ctx.env,
    COMMAND_MS,
  );
  return r.code === 0 ? [] : [`inspector --cli --config (this block) --method tools/list: exit ${r.code}\n${r.stderr}`];
}

/** A whole test file: it imports the package and calls test(). */
function isTestFile(b: Block): boolean {
  return /from\s+["']mcp-inspector-harness(\/[\w-]+)?["']/.test(b.body) && /^\s*test\(/m.test(b.body);
}

async function runTestFile(b: Block, ctx: Ctx): Promise<string[]> {
  const folder = path.join(ws.project, "blocks", `${path.basename(b.file, ".md")}-${b.line}`);
  mkdirSync(folder, { recursive: true });
  const ts = b.lang === "ts";
  const runner = /["']@jest\/globals["']/.test(b.body)
    ? "jest"
    : /["']node:test["']/.test(b.body)
      ? "node"
      : /mcp-inspector-harness\/playwright/.test(b.body)
        ? "playwright"
        : "vitest";
  const name = path.basename(namedFile(b) ?? (runner === "playwright" ? "block.spec.ts" : ts ? "block.test.ts" : "block.test.mjs"));
  writeFileSync(path.join(folder, name), b.body + "\n");
  const bin = (p: string) => path.join(ws.project, "node_modules", p);
  // Run from the project, as the user would: the examples' relative paths (build/index.js, server.py) are its files.
  const rel = path.relative(ws.project, path.join(folder, name));
  let r: Run;
  if (runner === "vitest")
    r = await run(process.execPath, [bin("vitest/vitest.mjs"), "run", ...VITEST_TIME_FLAGS, rel], ws.project, ctx.env, 120_000);
  else if (runner === "jest") {
    const config = BLOCKS.find((c) => namedFile(c) === "jest.config.mjs" && c.file === b.file);
    if (config) writeFileSync(path.join(folder, "jest.config.mjs"), config.body + "\n");
    r = await run(
      process.execPath,
      [
        bin("jest/bin/jest.js"),
        "--ci",
        "--no-watchman",
        ...JEST_TIME_FLAGS,
        ...(config ? ["--config", path.join(folder, "jest.config.mjs")] : []),
        "--rootDir",
        folder,
      ],
      ws.project,
      { ...ctx.env, NODE_OPTIONS: "--experimental-vm-modules --no-warnings" },
      120_000,
    );
  } else if (runner === "node") r = await run(process.execPath, ["--test", rel], ws.project, ctx.env, 120_000);
  else {
    writeFileSync(
      path.join(folder, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "es2022",
          module: "nodenext",
          moduleResolution: "nodenext",
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: ["node"],
        },
        files: [name],
      }),
    );
    r = await run(process.execPath, [bin("typescript/bin/tsc"), "-p", folder], ws.project, ctx.env, 120_000);
  }
  return r.code === 0 ? [] : [`${runner} on the block: exit ${r.code}\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`];
}

/** Blocks with the same language and text (a page and the README's copy of it) run once. */
const ran = new Map<string, Promise<string[]>>();
function runOnce(b: Block): Promise<string[]> {
  const key = `${b.lang}\n${b.body}`;
  if (!ran.has(key)) ran.set(key, runBlock(b));
  return ran.get(key)!;
}

/** Run one block; the problems found, none when it passed. */
async function runBlock(b: Block): Promise<string[]> {
  const ctx: Ctx = { cwd: ws.project, env: { ...ws.env } };
  if (b.lang === "sh" || b.lang === "bash" || b.lang === "shell") return runSh(b, ctx);
  if (b.lang === "yaml" || b.lang === "yml") return runYaml(b, ctx);
  if (b.lang === "json") return runJson(b, ctx);
  if (["ts", "js", "typescript", "javascript", "mjs"].includes(b.lang)) {
    if (namedFile(b) === "jest.config.mjs") return []; // written beside the Jest block that uses it
    if (isTestFile(b)) return runTestFile(b, ctx);
    return ["a fragment (no import of the package, or no test()): it cannot run alone: mark it <!-- illustration: why -->"];
  }
  return [`a ${b.lang} block the docs test does not know how to run: mark it <!-- illustration: why --> or teach test/docs`];
}

test("the harness sees the docs: README.md and every docs/ page, their blocks", () => {
  expect(DOCS).toContain("README.md");
  expect(DOCS.length).toBeGreaterThan(5);
  expect(BLOCKS.length).toBeGreaterThan(20);
  // An illustration says why.
  for (const b of BLOCKS) if (b.illustration !== undefined) expect(b.illustration, `${b.file}:${b.line}`).not.toBe("");
});

test("npx finds the installed package's commands in the user's project (the blocks run them without npx)", async () => {
  const version = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;
  for (const name of ["inspector", "mcp-inspector-harness"]) {
    const r = await run("sh", ["-c", `npx ${name} --version`], ws.project, ws.env, COMMAND_MS);
    expect(r.code, `npx ${name} --version: ${r.stderr}`).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  }
  // What the blocks run in its place: the same bin, found on PATH.
  for (const b of ["npx inspector check x", "npx mcp-inspector-harness --cli y", "npx --package ./p.tgz mcp-inspector-harness --demo"])
    expect(withoutNpx(b)).toBe(b.startsWith("npx --package") ? b : b.slice("npx ".length));
});

/**
 * A collection marked as an illustration (a reference of every step kind, say) is not run, but it
 * must still be one: parsed, and read by the package (`inspector test` with no step selected
 * connects and runs none; a file it cannot read exits 2).
 */
async function validateCollection(b: Block): Promise<string[]> {
  let doc: unknown;
  try {
    doc = YAML.parse(b.body);
  } catch (e) {
    return [`not valid YAML: ${(e as Error).message}`];
  }
  if (!Array.isArray((doc as Record<string, unknown> | null)?.steps)) return [];
  const file = path.join(ws.project, `illustration-${path.basename(b.file, ".md")}-${b.line}.mcp-tests.yaml`);
  writeFileSync(file, b.body + "\n");
  const r = await run(
    path.join(ws.project, "node_modules/.bin/inspector"),
    ["test", file, "--grep", "a^", "node", "build/index.js"],
    ws.project,
    ws.env,
    COMMAND_MS,
  );
  return r.code === 2 ? [`the package cannot read it as a collection: ${r.stderr}`] : [];
}

for (const file of DOCS) {
  const collections = BLOCKS.filter((b) => b.file === file && (b.lang === "yaml" || b.lang === "yml") && b.illustration !== undefined);
  if (collections.length)
    describe(`${file}: collections marked as illustrations are still collections`, () => {
      for (const b of collections) test(`${file}:${b.line}`, async () => expect(await validateCollection(b)).toEqual([]));
    });
  const blocks = BLOCKS.filter((b) => b.file === file && !PROSE.includes(b.lang) && b.illustration === undefined);
  if (!blocks.length) continue;
  describe(file, () => {
    for (const b of blocks) {
      test(`${file}:${b.line} (${b.lang})`, async () => {
        const problems = await runOnce(b);
        expect(problems, `${file}:${b.line}\n${problems.join("\n\n")}`).toEqual([]);
      }, 300_000);
    }
  });
}

describe("a doc that drifts from the product fails", () => {
  const block = (lang: string, body: string): Block => ({ file: "drift.md", line: 1, lang, body });

  test("a flag the package does not have", async () => {
    // Before the target: after it, an unknown flag is the server's (as the official CLI has it).
    const problems = await runBlock(block("sh", "npx inspector --cli --no-such-flag node build/index.js --method tools/list"));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/exit 1[\s\S]*--no-such-flag/);
  });

  test("a collection whose expected answer is not what the server says", async () => {
    const yaml = [
      "steps:",
      "  - tool: echo",
      "    arguments: { message: hello }",
      "    expect:",
      "      - path: $.content[0].text",
      '        equals: "hello"',
    ];
    expect(await runBlock(block("yaml", yaml.join("\n")))).toEqual([expect.stringMatching(/inspector test .*exit 1/)]);
  });

  test("a test file whose assertion no longer holds", async () => {
    const ts = [
      'import { test, expect } from "vitest";',
      'import { connect } from "mcp-inspector-harness";',
      'import "mcp-inspector-harness/vitest";',
      'test("echo", async () => {',
      '  await using mcp = await connect({ command: "node", args: ["build/index.js"] });',
      '  expect(await mcp.callTool("echo", { message: "hi" })).toHaveTextContent("Echo: bye");',
      "});",
    ];
    expect(await runBlock(block("ts", ts.join("\n")))).toEqual([expect.stringMatching(/vitest on the block: exit 1/)]);
  });

  test("a fragment, or a command the harness cannot run, without a marker", async () => {
    expect(await runBlock(block("ts", "await mcp.ping();"))).toEqual([expect.stringMatching(/illustration/)]);
    expect(await runBlock(block("sh", "claude mcp add inspector -- npx inspector mcp"))).toEqual([expect.stringMatching(/illustration/)]);
  });
});
