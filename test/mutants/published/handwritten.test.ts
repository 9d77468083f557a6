// The published corpus, path 6: a collection written by hand from docs/collections.md for each
// published server (collections/<base>.mcp-tests.yaml), run with `inspector test` against every entry.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { clip, cli, crashed, pool, recordingsAside } from "../harness";
import { tempDir } from "../recordings";
import { makeFsRoot, PUB_ALL, pubArgv, type PubEntry } from "./corpus";
import { PUB_POOL, PUB_REQUEST_MS, pubOffGoal, pubRow, pubSlowFirst, writePubResults } from "./harness";
import { ensureVenv } from "./venv";

recordingsAside();
const COLLECTIONS = path.join(import.meta.dirname, "collections");
const dir = tempDir("pub-handwritten");
const fsRoot = makeFsRoot();
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(fsRoot, { recursive: true, force: true });
});
beforeAll(() => ensureVenv(), 300_000);

test("published servers, a collection written by hand: every regression fails, no harmless change", { timeout: 400_000 }, async () => {
  const rows = await pool(pubSlowFirst(PUB_ALL), PUB_POOL, async (e: PubEntry) => {
    // A copy per run, so nothing a run writes beside the file is carried to the next.
    const runDir = path.join(dir, e.id.replace(/\//g, "--"));
    mkdirSync(runDir, { recursive: true });
    const file = path.join(runDir, `${e.base}.mcp-tests.yaml`);
    cpSync(path.join(COLLECTIONS, `${e.base}.mcp-tests.yaml`), file);
    const { command, args } = pubArgv(e, fsRoot);
    const report = path.join(runDir, "report.txt");
    // The flags before the target: what follows the server's command is the server's.
    const r = await cli(["test", file, "--request-timeout", String(PUB_REQUEST_MS), "--output", report, command, ...args], {
      cwd: runDir,
      limitMs: 120_000,
    });
    const text = existsSync(report) ? readFileSync(report, "utf8") : "";
    const failed = text
      .split("\n")
      .filter((l) => /✗|fail|error/i.test(l))
      .join(" | ");
    return pubRow(
      "handwritten",
      e,
      r.code !== null && r.code !== 0 && !crashed(r),
      `exit ${r.code}: ${clip(failed || text || r.stdout || r.stderr)}`,
    );
  });
  writePubResults("handwritten", rows);
  const { missed, falseFailures } = pubOffGoal(rows);
  expect(falseFailures).toEqual([]);
  expect(missed).toEqual([]);
});
