// What the verdict-path tests share: starting a corpus server, running the built CLI, a small
// concurrency pool, and the results file each path writes for docs/verdicts.md.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { CORRECT, isHarmless, isMeant, MUTANTS, serverArgs, SERVERS, type Entry, type Era, type PathName } from "./corpus";
import { mapAtMost } from "../../server/commands/shared/map-at-most";
import type { LatencyBound } from "../../lib/collections/regression-bounds";
import { OWN_PROCESS } from "./servers/surface.mjs";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const BIN = path.join(ROOT, "bin/inspector.mjs");
export const RESULTS = path.join(import.meta.dirname, "results");
/**
 * How many entries check, collection and library run at once: a run mostly waits (a hang's request
 * limit, a crash, a server's start), so more than the two cores. 8 had a correct HTTP server's
 * initialize time out at load 25 (issue 76). replay keeps 4: its 30 s hang bounds the file anyway.
 */
export const POOL = 6;
/** Every path waits this long for an answer, so a hang is a verdict, not a stuck test. */
export const REQUEST_MS = 3000;

/**
 * How much slower than its recording an answer may be on the paths that judge time (replay, the
 * collections written from a recording): the product's 10 times, and at least 3 s more where its
 * default is 1 s. The default is for a user's CI; here four vitest workers and their servers share
 * two cores. Fresh clones' runs failed the published Python server at `summarize` (a false
 * failure), and had replay catch the subscription-stale mutant, not meant to be caught there, on
 * `count`'s time alone (8 ms recorded, 1,215 ms answered), which changed docs/verdicts.md. The slow
 * mutants are still caught: the corpus's answers 5 s late against a 3 s request limit, the
 * published one is delayed past this bound (published/harness.ts slowDelayPast).
 */
export const LATENCY: LatencyBound = { factor: 10, minMs: 3000 };
/** LATENCY as the CLI's flags. */
export const LATENCY_FLAGS = ["--latency-factor", String(LATENCY.factor), "--latency-min-ms", String(LATENCY.minMs)];

/**
 * A failed path test would leave the corpus sessions it opened in ./mcp-recordings (the library's
 * vitest hook); they say nothing the results file does not, so they go to a temp folder, and
 * the variable is put back for the next file this worker runs. The file's shared servers
 * (`reach`) end with it: this module outlives the file (vitest's `isolate: false`), so a hook
 * of its own, registered once when it loaded, would stop them after the worker's first file and
 * leave the next file its dead URLs (the correct HTTP servers then "refused" in a full run).
 */
export function recordingsAside(): void {
  const before = process.env.MCP_RECORDINGS_DIR;
  beforeAll(() => {
    process.env.MCP_RECORDINGS_DIR = path.join(os.tmpdir(), "mutant-corpus-recordings");
  });
  afterAll(() => {
    if (before === undefined) delete process.env.MCP_RECORDINGS_DIR;
    else process.env.MCP_RECORDINGS_DIR = before;
    stopSharedServers();
  });
}

/** How a path reaches an entry's server: a command, or the URL of one started here. */
export type Reach = { kind: "stdio"; command: string; args: string[] } | { kind: "http"; url: string };

/**
 * Starts the entry's server when it is HTTP (stdio ones are started by the path itself); `stop`
 * ends it. A mutant that is no act on the process is served by one server of its flavour for the
 * whole test file (`--any-mutant`: each reach at a path of its own, with a surface of its own), as
 * its own process would serve it: the product under test sees one server at one URL either way,
 * and the file starts one process where it started one an entry (issue 89).
 */
export async function reach(e: Entry): Promise<{ reach: Reach; stop(): void }> {
  const args = serverArgs(e);
  if (e.transport === "stdio") return { reach: { kind: "stdio", command: process.execPath, args }, stop() {} };
  if (!OWN_PROCESS.has(e.mutant)) {
    const base = await sharedServer(e.flavour);
    // A path of its own each time: a fresh surface, as a fresh process would have.
    return { reach: { kind: "http", url: `${base}/${++instances}/${e.mutant}/mcp` }, stop() {} };
  }
  const started = await listening(e.id, args);
  return { reach: { kind: "http", url: started.url }, stop: () => stopChild(started.child) };
}

/** Each flavour's server of every mutant, started by the first entry that needs it; ended after the file. */
const shared = new Map<string, Promise<string>>();
const sharedChildren: ChildProcess[] = [];
let instances = 0;

/** Ends this file's shared servers; the next file that needs one starts its own. */
function stopSharedServers(): void {
  sharedChildren.splice(0).forEach(stopChild);
  shared.clear();
}

function sharedServer(flavour: string): Promise<string> {
  if (!shared.has(flavour)) {
    const file = path.join(SERVERS, `${flavour}.mjs`);
    const started = listening(`${flavour} (every mutant)`, [file, "--port", "0", "--any-mutant"]).then(({ child, url }) => {
      sharedChildren.push(child);
      return url.replace(/\/mcp$/, "");
    });
    shared.set(flavour, started);
  }
  return shared.get(flavour)!;
}

/** Starts a corpus HTTP server; resolves once it says where it listens. */
export function listening(label: string, args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, args, { stdio: ["pipe", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`${label}: no "listening" line`)), 30_000);
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString("utf8");
      const m = /listening on port \d+ at (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1] });
      }
    });
    child.once("exit", (code) => reject(new Error(`${label}: exited ${code} before listening`)));
  });
}

export function stopChild(child: ChildProcess): void {
  // Closing stdin is how the corpus's HTTP servers are told to stop; the kill is for a stuck one.
  child.stdin?.end();
  setTimeout(() => child.exitCode === null && child.kill("SIGKILL"), 2000).unref();
}

/** The CLI's target flags for a reach. */
export function targetArgs(r: Reach): string[] {
  return r.kind === "stdio" ? [r.command, ...r.args] : ["--server-url", r.url];
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `node bin/inspector.mjs …args`, as a user runs it; killed after `limitMs` (then code null). */
export function cli(args: string[], opts: { cwd?: string; limitMs?: number } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NO_COLOR: "1", GITHUB_ACTIONS: "" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.limitMs ?? 45_000);
    child.once("close", (code) => {
      clearTimeout(timer);
      // dist/ being rebuilt under the run (a build swaps its chunks): no verdict at all, so the
      // test fails rather than count the crash as a catch.
      if (/ERR_MODULE_NOT_FOUND|the built backend is missing/.test(stderr))
        reject(new Error(`the built CLI could not load (was dist/ rebuilt during the run? rerun): ${clip(stderr)}`));
      else resolve({ code, stdout, stderr });
    });
  });
}

/** The entries with the slow ones first (a hang waits out a time limit), so a pool ends sooner. */
export function slowFirst(entries: Entry[]): Entry[] {
  const slow = (e: Entry) => (e.mutant === "hang" ? 0 : e.mutant === "crash-mid-call" ? 1 : 2);
  return [...entries].sort((a, b) => slow(a) - slow(b));
}

/** Did the CLI die of an uncaught exception (a stack trace of its own code), rather than give a verdict? */
export function crashed(run: Run): boolean {
  return /^\s+at .*(dist\/|node:internal)/m.test(run.stderr) && run.code === 1;
}

/** Runs `fn` over `items`, at most `n` at a time, keeping the order of the results (the commands' own pool). */
export const pool = mapAtMost;

/**
 * One verdict path over the whole corpus, its two eras side by side (each mostly waits out its
 * hangs' request limits): every entry of an era reached, `judge` given them all at once (one CLI
 * run an era: `check --each`, `replay A B …`), each entry's row from its verdict, the servers
 * stopped after.
 */
export async function rowsByEra(
  pathName: PathName,
  judge: (era: Era, entries: Entry[], reaches: Reach[]) => Promise<Map<string, { code: number | null; said: string }>>,
): Promise<Row[]> {
  const byEra = await Promise.all(
    (["legacy", "modern"] as const).map(async (era) => {
      const entries = slowFirst([...CORRECT, ...MUTANTS].filter((e) => e.era === era));
      const started = await Promise.all(entries.map((e) => reach(e)));
      try {
        const verdicts = await judge(
          era,
          entries,
          started.map((s) => s.reach),
        );
        return entries.map((e) => {
          const v = verdicts.get(e.id)!;
          return row(pathName, e, v.code !== 0, v.said);
        });
      } finally {
        started.forEach((s) => s.stop());
      }
    }),
  );
  return byEra.flat();
}

/** One entry's verdict on one path. */
export interface Row {
  id: string;
  base: string;
  mutant: string;
  meant: boolean;
  /** A harmless change: caught is a false failure. */
  harmless: boolean;
  caught: boolean;
  /** What the path said (the first failure, clipped), for the report. */
  said: string;
}

/** The verdict of `path` on `e`: `caught` when the path failed it. */
export function row(pathName: PathName, e: Entry, caught: boolean, said: string): Row {
  return { id: e.id, base: e.base, mutant: e.mutant, meant: isMeant(pathName, e), harmless: isHarmless(e), caught, said: clip(said) };
}

/** One line of what a path said, without what changes run to run (times, ports, temp paths, seqs, pids). */
export function clip(s: string, n = 300): string {
  const one = s
    .replace(/\s+/g, " ")
    .replace(/\d+(\.\d+)? ?ms\b/g, "N ms")
    .replace(/(\/tmp|\/var\/folders)\/\S+/g, "<tmp>")
    .replace(/127\.0\.0\.1:\d+/g, "127.0.0.1:PORT")
    .replace(/#\d+/g, "#N")
    .replace(/\b(pid|port) \d+/gi, "$1 N")
    .replace(/\/\d{10,}\b/g, "/N")
    .trim();
  return one.length > n ? `${one.slice(0, n)}…` : one;
}

/** Writes results/<path>.json, the input of docs/verdicts.md (scripts: test/mutants/render.mjs). */
export function writeResults(pathName: PathName, rows: Row[]): void {
  mkdirSync(RESULTS, { recursive: true });
  const order = new Map([...CORRECT, ...MUTANTS].map((e, i) => [e.id, i]));
  rows = [...rows].sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  // Written whole, then renamed: verdicts-doc.test.ts may read it while another file runs.
  const file = path.join(RESULTS, `${pathName}.json`);
  writeFileSync(`${file}.tmp`, JSON.stringify({ path: pathName, rows }, null, 2) + "\n");
  renameSync(`${file}.tmp`, file);
}

/** The rows that break the goal: meant and missed, or a correct server or a harmless change failed. */
export function offGoal(rows: Row[]): { missed: Row[]; falseFailures: Row[] } {
  return {
    missed: rows.filter((r) => r.meant && !r.caught),
    falseFailures: rows.filter((r) => (r.mutant === "none" || r.harmless) && r.caught),
  };
}
