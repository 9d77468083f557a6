// Collections run against many entries in a few `inspector test` starts: each entry gets its own
// copy of the collection (and of its snapshot file) with `target:` naming the entry's server, and
// one run takes several such files, as a user's `inspector test mcp-tests/` runs a folder whose
// files each name their server. A start of the CLI costs more CPU than most runs it makes (issue
// 89); each file still gets its own connection, its own server process and its own verdict, read
// from the JSON report.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import type { CollectionTarget } from "../../lib/collections/schema";
import { cli, clip, crashed, pool, type Run } from "./harness";

/** One entry's collection: a file of its own, naming the entry's server as its target. */
export interface CollectionJob {
  /** The entry's copy of the collection (its snapshots, if any, beside it as the runner names them). */
  file: string;
  /** Whatever must run around the CLI's run (an HTTP server started for it); `stop` ends it. */
  start?(): Promise<{ stop(): void }>;
}

/** What `inspector test` said of one file, as its own run would have: the exit code and the failed lines. */
export interface FileVerdict {
  /** 0 passed, 1 a step failed, 4 could not connect; null when the CLI gave no verdict (killed or crashed). */
  code: number | null;
  /** What the report says of this file's failures, a line each (the text report's wording): callers pick. */
  lines: string[];
}

/**
 * Copies `from` (a collection, and its `.snap.yaml` when there is one) to `to`, with `target:` set
 * to `target` (the file's comments, which say what the recording did not exercise, are kept).
 */
export function copyCollection(from: string, to: string, target: CollectionTarget): void {
  const doc = parseDocument(readFileSync(from, "utf8"));
  doc.set("target", doc.createNode(target));
  writeFileSync(to, String(doc));
  const snap = (f: string) => f.replace(/\.(ya?ml|json)$/i, "") + ".snap.yaml";
  if (existsSync(snap(from))) copyFileSync(snap(from), snap(to));
}

/**
 * Runs the jobs in groups of about `perRun` files, `at` groups at once (each group one
 * `inspector test FILES… --format json`, in `cwd`, killed after `limitMsEach` a file), and returns
 * each file's verdict. The jobs are dealt to the groups in turn, so slow ones put first are spread.
 */
export async function runCollections(
  jobs: CollectionJob[],
  o: { flags: string[]; cwd: string; perRun: number; at: number; label: string; limitMsEach?: number },
): Promise<Map<string, FileVerdict>> {
  const groups: CollectionJob[][] = Array.from({ length: Math.max(1, Math.ceil(jobs.length / o.perRun)) }, () => []);
  jobs.forEach((j, i) => groups[i % groups.length].push(j));
  const verdicts = new Map<string, FileVerdict>();
  await pool(
    groups.map((g, i) => [g, i] as const),
    o.at,
    async ([group, i]) => {
      const started = await Promise.all(group.map((j) => j.start?.() ?? { stop() {} }));
      const report = path.join(o.cwd, `${o.label}-${i}.report.json`);
      let run: Run;
      try {
        run = await cli(["test", ...group.map((j) => j.file), "--format", "json", "--output", report, ...o.flags], {
          cwd: o.cwd,
          limitMs: (o.limitMsEach ?? 45_000) * group.length,
        });
      } finally {
        for (const s of started) s.stop();
      }
      for (const [file, v] of verdictsOf(run, report, group)) verdicts.set(file, v);
    },
  );
  return verdicts;
}

interface JsonStep {
  name: string;
  status: "pass" | "fail" | "error" | "skipped";
  message?: string;
  expectations: Array<{ pass: boolean; label: string; message: string }>;
}
interface JsonReport {
  files: Array<{ file: string; runs: Array<{ run?: { steps: JsonStep[] }; connectError?: string }> }>;
}

/** Each file's verdict from a group's JSON report; none (code null) when the CLI crashed or was killed. */
function verdictsOf(run: Run, report: string, group: CollectionJob[]): Map<string, FileVerdict> {
  const out = new Map<string, FileVerdict>();
  // A run our limit killed, or a crash of the CLI itself, said nothing of any file: no catch.
  const json =
    run.code !== null && !crashed(run) && existsSync(report) ? (JSON.parse(readFileSync(report, "utf8")) as JsonReport) : undefined;
  const byFile = new Map((json?.files ?? []).map((f) => [path.resolve(f.file), f]));
  for (const j of group) {
    const f = byFile.get(path.resolve(j.file));
    if (!f) {
      out.set(j.file, { code: null, lines: [`no verdict: exit ${run.code}: ${clip(run.stderr || run.stdout)}`] });
      continue;
    }
    // As the text report words them: a failed step's mark and name, why, and the file's tally.
    const lines: string[] = [];
    const tally = { passed: 0, failed: 0, errors: 0, skipped: 0 };
    for (const r of f.runs) {
      if (r.connectError) lines.push(`could not connect: ${r.connectError}`);
      for (const s of r.run?.steps ?? []) {
        if (s.status === "pass" || s.status === "skipped") tally[s.status === "pass" ? "passed" : "skipped"]++;
        if (s.status !== "fail" && s.status !== "error") continue;
        tally[s.status === "fail" ? "failed" : "errors"]++;
        lines.push(`${s.status === "fail" ? "✗" : "!"} ${s.name}`);
        if (s.message) lines.push(s.message);
        for (const e of s.expectations.filter((x) => !x.pass)) lines.push(`${e.label}: ${e.message}`);
      }
    }
    const more = [tally.errors && `${tally.errors} errors`, tally.skipped && `${tally.skipped} skipped`].filter(Boolean);
    lines.push([`${tally.passed} passed`, `${tally.failed} failed`, ...more].join(", "));
    const connectFailed = f.runs.some((r) => r.connectError);
    const stepFailed = f.runs.some((r) => r.run?.steps.some((s) => s.status === "fail" || s.status === "error"));
    // The exit code this file alone would have had (a connect failure outranks a failed step).
    out.set(j.file, { code: connectFailed ? 4 : stepFailed ? 1 : 0, lines });
  }
  return out;
}
