import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  BUDGETS,
  NOT_AT_LIBRARY_FIRST_CALL,
  NOT_AT_START,
  NOT_BEFORE_CONNECTED,
  NOT_BEFORE_SPAWN,
  NOT_IN_FRONT_END,
  type Budget,
} from "./budgets";
import { FIXTURES, ROOT } from "../helpers/targets";

// Issue 49: what the product costs, held by `npm test` against test/budgets/budgets.ts. Bytes and
// modules are deterministic for a build, so they can be budgets; the time they cost is the bench's.
const HOOK = path.join(path.dirname(fileURLToPath(import.meta.url)), "load-hook.mjs");
const BIN = path.join(ROOT, "bin/inspector.mjs");
const ECHO = path.join(FIXTURES, "hand-written-echo.mjs");
const built = existsSync(path.join(ROOT, "dist/inspector.mjs")) && existsSync(path.join(ROOT, "dist/lib/index.mjs"));
// `npm test` builds first; only a bare `vitest run` in a fresh clone may lack dist/, and CI never does.
if (!built && process.env.CI) throw new Error("test/budgets needs dist/: npm run build");
const work = mkdtempSync(path.join(tmpdir(), "budgets-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The files a run loaded from the package (bin/ and dist/), from the hook's list (its first `lines` lines). */
function loadedFiles(list: string, lines?: number): string[] {
  const files = readFileSync(list, "utf8")
    .split("\n")
    .slice(0, lines)
    .filter((u) => u.startsWith("file:"))
    .map((u) => fileURLToPath(u))
    .filter((f) => f.startsWith(path.join(ROOT, "dist")) || f.startsWith(path.join(ROOT, "bin")));
  return [...new Set(files)];
}

const kib = (files: string[]) => files.reduce((n, f) => n + statSync(f).size, 0) / 1024;

/** Within its budget, or a message naming it and by how much it is over. */
function withinBudget(name: keyof typeof BUDGETS, value: number): void {
  const b: Budget = BUDGETS[name];
  if (process.env.BUDGETS_PRINT) console.log(`budget ${name}: ${value.toFixed(1)} of ${BUDGETS[name].max}`);
  const over = value - b.max;
  expect(over <= 0, `budget ${name} (${b.what}): ${value.toFixed(1)} ${b.unit}, ${over.toFixed(1)} ${b.unit} over its ${b.max}`).toBe(true);
}

function noneOfTheLateChunks(files: string[], late: ReadonlyArray<{ marker: string; what: string }> = []): void {
  const text = files.map((f) => readFileSync(f, "utf8"));
  for (const { marker, what } of [...NOT_AT_START, ...late])
    expect(
      text.some((t) => t.includes(marker)),
      `${what} was loaded`,
    ).toBe(false);
}

describe.skipIf(!built)("budgets (dist/ built)", () => {
  it("the command line's front end: dist/inspector.mjs and its static imports, light and without zod", () => {
    // The chunks a module imports statically load with it (esbuild's output: `import…from"./chunks/…"`);
    // `import("…")` loads later, at a command's run.
    const files = new Set<string>();
    const walk = (file: string) => {
      if (files.has(file)) return;
      files.add(file);
      for (const m of readFileSync(file, "utf8").matchAll(/\bimport\s*(?:[\w$\s{},*]+from\s*)?"(\.\.?\/[^"]+)"/g))
        walk(path.resolve(path.dirname(file), m[1]));
    };
    walk(path.join(ROOT, "dist/inspector.mjs"));
    expect(files.size).toBeGreaterThan(1);
    withinBudget("frontEndKiB", kib([...files]));
    const text = [...files].map((f) => readFileSync(f, "utf8"));
    for (const { marker, what } of NOT_IN_FRONT_END)
      expect(
        text.some((t) => t.includes(marker)),
        `${what} was in it`,
      ).toBe(false);
  });

  it("--cli: one call loads no more than its budget, and nothing it did not ask for", () => {
    const list = path.join(work, "cli.txt");
    execFileSync(process.execPath, ["--import", HOOK, BIN, "--cli", process.execPath, ECHO, "--method", "tools/list"], {
      env: { ...process.env, BUDGET_LOADS_FILE: list },
      stdio: ["ignore", "ignore", "pipe"],
    });
    const files = loadedFiles(list);
    withinBudget("cliKiB", kib(files));
    noneOfTheLateChunks(files, NOT_BEFORE_CONNECTED.cli);
  });

  it("the launcher: what it has loaded when the target is connected", async () => {
    const list = path.join(work, "launcher.txt");
    const token = "budget-token-0123456789abcdef";
    const child = spawn(process.execPath, ["--import", HOOK, BIN, "--demo", "--no-open", "--port", "0"], {
      env: { ...process.env, BUDGET_LOADS_FILE: list, BUDGET_MARK_URL: "1", INSPECTOR_TOKEN: token, INSPECTOR_BROWSER: "true" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      const origin = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout!.on("data", (d: Buffer) => {
          out += d;
          const m = /is up at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (m) resolve(m[1]);
        });
        child.on("exit", (code) => reject(new Error(`the launcher exited (${code}): ${out}`)));
      });
      for (let i = 0; i < 600; i++) {
        const health = (await (await fetch(`${origin}/api/health`, { headers: { Authorization: `Bearer ${token}` } })).json()) as {
          status: string;
        };
        if (health.status === "connected") break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const lines = readFileSync(list, "utf8").split("\n");
      expect(lines, "the launcher's URL line was not marked").toContain("@@url");
      withinBudget("launcherUrlFiles", loadedFiles(list, lines.indexOf("@@url")).length);
      const files = loadedFiles(list);
      withinBudget("launcherKiB", kib(files));
      noneOfTheLateChunks(files, NOT_BEFORE_CONNECTED.launcher);
    } finally {
      child.kill("SIGTERM");
    }
  });

  it("the stdio tap: what it has loaded when it spawns its server, and what only after", async () => {
    // Issue 90 item 1: a host waits for the server's first answer; nothing of the tap's recording,
    // journal, page or schemas may stand before the spawn. With its page and --save-session, so all of them load after.
    const list = path.join(work, "tap.txt");
    const runtime = mkdtempSync(path.join(work, "runtime-"));
    const child = spawn(
      process.execPath,
      ["--import", HOOK, BIN, "tap", "--save-session", path.join(work, "tap.mcp-session.json"), "--", process.execPath, ECHO],
      // A runtime folder of its own: the tap serves its page rather than join a hub of this user's.
      {
        env: { ...process.env, BUDGET_LOADS_FILE: list, BUDGET_MARK_SPAWN: "1", XDG_RUNTIME_DIR: runtime },
        stdio: ["pipe", "pipe", "pipe"],
      },
    );
    const exited = new Promise<number | null>((r) => child.once("exit", r));
    let out = "";
    let log = "";
    const answered = new Promise<void>((resolve) =>
      child.stdout!.on("data", (d: Buffer) => {
        out += d;
        if (out.includes('"id":0')) resolve();
      }),
    );
    // The start line comes once the rest has loaded and the page is up.
    const started = new Promise<void>((resolve) =>
      child.stderr!.on("data", (d: Buffer) => {
        log += d;
        if (/forwarding to .*live page at/.test(log)) resolve();
      }),
    );
    child.stdin!.write(
      JSON.stringify({
        jsonrpc: "2.0",
        id: 0,
        method: "initialize",
        params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "budget", version: "1" } },
      }) + "\n",
    );
    await Promise.race([
      Promise.all([answered, started]),
      exited.then((code) => Promise.reject(new Error(`the tap exited (${code}): ${log}`))),
    ]);
    child.stdin!.end();
    expect(await exited).toBe(0);
    const lines = readFileSync(list, "utf8").split("\n");
    expect(lines, "the tap's spawn was not marked").toContain("@@spawn");
    const before = loadedFiles(list, lines.indexOf("@@spawn"));
    withinBudget("tapSpawnKiB", kib(before));
    const textOf = (files: string[]) => files.map((f) => readFileSync(f, "utf8"));
    const early = textOf(before);
    const all = textOf(loadedFiles(list));
    for (const { marker, what } of NOT_BEFORE_SPAWN) {
      expect(
        all.some((t) => t.includes(marker)),
        `${what}: its marker is in nothing the tap loaded (renamed?)`,
      ).toBe(true);
      expect(
        early.some((t) => t.includes(marker)),
        `${what} was loaded before the spawn`,
      ).toBe(false);
    }
  });

  it("the test library: import, connect, first call, close", () => {
    const list = path.join(work, "library.txt");
    const lib = path.join(ROOT, "dist/lib/index.mjs");
    execFileSync(
      process.execPath,
      [
        "--import",
        HOOK,
        "--input-type=module",
        "-e",
        // zod first, as a test file's McpServer (from the SDK) loads it: figure 9.3's case, where
        // the library shares it (scripts/build.mjs sharedZod); a process without zod loads ours, +583 KiB.
        `await import(${JSON.stringify(pathToFileURL(path.join(ROOT, "node_modules/zod/index.js")).href)});
         const { connect } = await import(${JSON.stringify(lib)});
         const mcp = await connect({ command: process.execPath, args: [${JSON.stringify(ECHO)}] });
         await mcp.callTool("echo", { message: "hi" });
         await mcp.close();`,
      ],
      { env: { ...process.env, BUDGET_LOADS_FILE: list }, stdio: ["ignore", "ignore", "pipe"], cwd: work },
    );
    const files = loadedFiles(list);
    withinBudget("libraryKiB", kib(files));
    noneOfTheLateChunks(files, NOT_AT_LIBRARY_FIRST_CALL);
  });

  it("the page's first load: index.html and what it names, as sent (gzip)", () => {
    const page = path.join(ROOT, "dist/page");
    const html = readFileSync(path.join(page, "index.html"), "utf8");
    const named = [...new Set([...html.matchAll(/(?:src|href)="\/(_next\/[^"?]+)"/g)].map((m) => m[1]))];
    expect(named.length).toBeGreaterThan(3);
    const sent = (f: string) => (existsSync(`${f}.gz`) ? statSync(`${f}.gz`).size : statSync(f).size);
    const bytes = sent(path.join(page, "index.html")) + named.reduce((n, f) => n + sent(path.join(page, f)), 0);
    withinBudget("pageFirstLoadKiB", bytes / 1024);
  });

  it("the installed package, and the manual in it", () => {
    const [pack] = JSON.parse(
      execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
        cwd: ROOT,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      }),
    ) as Array<{ unpackedSize: number; files: Array<{ path: string; size: number }> }>;
    withinBudget("installedMiB", pack.unpackedSize / 1024 / 1024);
    const manual = pack.files.filter((f) => f.path === "README.md" || f.path.startsWith("docs/"));
    withinBudget("manualKiB", manual.reduce((n, f) => n + f.size, 0) / 1024);
    // Every module the build puts beside the CLI ships: the OpenTelemetry worker (dist/otel-worker.mjs)
    // was left out once, and export then ran on the session's thread in every install, silently;
    // the tap's watch worker (dist/watch-worker.mjs) would put --watch back on the forwarding thread.
    const packed = new Set(pack.files.map((f) => f.path));
    const built = readdirSync(path.join(ROOT, "dist")).filter((f) => f.endsWith(".mjs"));
    expect(built).toContain("otel-worker.mjs");
    expect(built).toContain("watch-worker.mjs");
    expect(built.filter((f) => !packed.has(`dist/${f}`))).toEqual([]);
  });
});
