// Verdict path 4: `inspector check --call-tools` on every entry, in the entry's era. A caught
// mutant is a non-zero exit (an error finding or a failed probe). The entries of an era are the
// servers of one host's file, checked in one run (`check --config FILE --each`): each server gets
// the full check it would get alone, its own report and its own exit code on its verdict line.
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { CORRECT, MUTANTS } from "./corpus";
import { recordingsAside, crashed, cli, slowFirst, offGoal, reach, REQUEST_MS, row, writeResults, type Reach, type Row } from "./harness";
import { tempDir } from "./recordings";

recordingsAside();

const dir = tempDir("check");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The lines of a text report that say what failed. */
function failures(report: string): string {
  // A failure before a warning: the row's excerpt is cut, and the failure is what caught it.
  const lines = report.split("\n");
  const said = (re: RegExp) => lines.filter((l) => re.test(l));
  return [...said(/^\s*(fail|error)/i), ...said(/^\s*warn/i), ...said(/error\(s\)/i)].join(" | ");
}

/** A host file's entry for a reach: the command as a host starts it, or the URL. */
const entryOf = (r: Reach) => (r.kind === "stdio" ? { command: r.command, args: r.args } : { url: r.url });

/** Each server's report (under its `== NAME` line) and its exit code (its verdict line), by name. */
function perServer(stdout: string): Map<string, { code: number; report: string }> {
  const reports = new Map<string, string>();
  for (const part of stdout.split(/^== /m).slice(1)) reports.set(part.slice(0, part.indexOf("\n")), part);
  const out = new Map<string, { code: number; report: string }>();
  for (const m of stdout.matchAll(/^(?:ok  |FAIL) (\S+): exit (\d+)$/gm))
    out.set(m[1], { code: Number(m[2]), report: reports.get(m[1]) ?? "" });
  return out;
}

test("check: every meant mutant fails, every correct server passes", { timeout: 400_000 }, async () => {
  // The two eras' runs side by side: each mostly waits out its hangs' request limits.
  const byEra = await Promise.all(
    (["legacy", "modern"] as const).map(async (era) => {
      const rows: Row[] = [];
      const entries = slowFirst([...CORRECT, ...MUTANTS].filter((e) => e.era === era));
      const started = await Promise.all(entries.map((e) => reach(e)));
      try {
        const file = path.join(dir, `${era}.json`);
        writeFileSync(file, JSON.stringify({ mcpServers: Object.fromEntries(entries.map((e, i) => [e.id, entryOf(started[i].reach)])) }));
        const run = await cli(
          ["check", "--config", file, "--each", "--call-tools", "--protocol-era", era, "--request-timeout", String(REQUEST_MS)],
          { limitMs: 300_000 },
        );
        // A run our limit had to kill, or one that died, said nothing of any entry: no verdicts at all.
        expect(run.code !== null && !crashed(run), `check --each: exit ${run.code}\n${run.stderr}`).toBe(true);
        const verdicts = perServer(run.stdout);
        for (const e of entries) {
          const v = verdicts.get(e.id);
          expect(v, `${e.id}: no verdict line\n${run.stdout.slice(-2000)}`).toBeDefined();
          const theirs = run.stderr
            .split("\n")
            .filter((l) => l.startsWith(`${e.id}: `))
            .join(" ");
          rows.push(row("check", e, v!.code !== 0, `exit ${v!.code}: ${failures(v!.report) || theirs || v!.report}`));
        }
      } finally {
        started.forEach((s) => s.stop());
      }
      return rows;
    }),
  );
  const rows = byEra.flat();
  writeResults("check", rows);
  const { missed, falseFailures } = offGoal(rows);
  expect(falseFailures).toEqual([]);
  expect(missed).toEqual([]);
});
