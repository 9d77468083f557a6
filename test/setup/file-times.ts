// The suite's file times, kept in the repository (file-times.json), so a fresh clone's vitest
// starts its slowest files first (slow-first-sequencer.ts). vitest's own record of the last run's
// times lives in node_modules/.vite, which a fresh clone (CI's `npm ci`) has not got: it then runs
// the largest files first, and the slow files are small ones (a mutant corpus driven through a
// pool), so they started last and the run ended on one busy worker and two idle (issue 76).
import { readFileSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { median } from "../../bench/stats";

/** A file's time is kept when it took at least this long; the rest run in vitest's order after them. */
export const KEPT_FILE_MS = 1_000;

export const FileTimes = z.object({
  version: z.literal(1),
  /** How the times were measured (a fresh clone's run, the date). */
  measured: z.string(),
  /** Test file, relative to the root with forward slashes -> its whole time in its worker, ms. */
  files: z.record(z.string(), z.number().nonnegative()),
});
export type FileTimes = z.infer<typeof FileTimes>;

export const FILE_TIMES_PATH = new URL("./file-times.json", import.meta.url);

export function readFileTimes(file: string | URL = FILE_TIMES_PATH): FileTimes {
  return FileTimes.parse(JSON.parse(readFileSync(file, "utf8")));
}

/**
 * The table after a run: each file the run timed takes its new time (or leaves the table, under
 * KEPT_FILE_MS), each file it did not run keeps the old one; slowest first, in tenths of a second.
 */
export function fileTimesOf(before: FileTimes, files: { name: string; ms: number }[], measured: string): FileTimes {
  const now = new Map(Object.entries(before.files));
  for (const f of files) {
    if (f.ms >= KEPT_FILE_MS) now.set(f.name, Math.round(f.ms / 100) * 100);
    else now.delete(f.name);
  }
  const kept = [...now].sort(([a, am], [b, bm]) => bm - am || a.localeCompare(b));
  return { version: 1, measured, files: Object.fromEntries(kept) };
}

export function writeFileTimes(times: FileTimes, file: string | URL = FILE_TIMES_PATH): void {
  writeFileSync(file, JSON.stringify(times, null, 2) + "\n");
}

/** The files both the run and the table must know before the run's pace is taken from them. */
export const PACE_FILES = 5;

/**
 * How fast this run went against the table: the median of each file's time now over its time in
 * the table, over the files both know (1 when fewer than PACE_FILES: a run of a few files says
 * nothing of the machine). A fresh clone on a slower or busier machine takes about twice the
 * table's time for every file (CI's run of ba3c332c named 39 files "not known as slow", nearly all
 * of them only slower by the machine's pace).
 */
export function runPace(times: FileTimes, files: { name: string; ms: number }[]): number {
  const ratios = files.filter((f) => (times.files[f.name] ?? 0) > 0 && f.ms > 0).map((f) => f.ms / times.files[f.name]!);
  return ratios.length < PACE_FILES ? 1 : median(ratios);
}

/**
 * Slow files the table does not know (or knows as less than half their time now), at this run's
 * pace (runPace): a new slow test would run wherever vitest puts it and may end the run alone, so
 * the report names them; a machine slower than the one that measured the table names none of its own.
 */
export function staleFileTimes(times: FileTimes, files: { name: string; ms: number }[], over: number): string[] {
  const pace = runPace(times, files);
  return files.filter((f) => f.ms > over * pace && (times.files[f.name] ?? 0) * pace * 2 < f.ms).map((f) => f.name);
}
