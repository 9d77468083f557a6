// The benchmark runner (bundled and started by bench/run.mjs). Each figure measures the
// inspector and its baseline in the same run, interleaved where it can (the machine is shared
// and noisy: ratios are what count). Prints a table and writes bench/results.json.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Figure, FigureResult } from "./figure";
import os from "node:os";
import { fmt, median, round } from "./stats";
import { ROOT, machine } from "./env";
import { roundTrip } from "./figures/round-trip";
import { coldStart } from "./figures/cold-start";
import { floodIngest } from "./figures/flood-ingest";
import { pageIngest } from "./figures/page-ingest";
import { floodWhileOpen } from "./figures/flood-while-open";
import { bigPayload } from "./figures/big-payload";
import { pageBigSurfaces } from "./figures/page-big-surfaces";
import { cliOneShot } from "./figures/cli-one-shot";
import { packageFigure } from "./figures/package";
import { loadFigure } from "./figures/load";
import { appPaintFigure } from "./figures/app-paint";
import { libraryStdio } from "./figures/library-stdio";
import { libraryInProcess } from "./figures/library-in-process";
import { libraryImport } from "./figures/library-import";
import { collectionRun } from "./figures/collection-run";
import { otelCost } from "./figures/otel-cost";
import { tapCost } from "./figures/tap-cost";
import { tapStart } from "./figures/tap-start";
import { changeOf, committedRows, rowKey } from "./compare";
import { PINNED, pinnedToOneCore } from "./pin";

const FIGURES: Figure[] = [
  roundTrip,
  coldStart,
  floodIngest,
  pageIngest,
  floodWhileOpen,
  bigPayload,
  pageBigSurfaces,
  cliOneShot,
  packageFigure,
  loadFigure,
  appPaintFigure,
  libraryStdio,
  libraryInProcess,
  libraryImport,
  collectionRun,
  otelCost,
  tapCost,
  tapStart,
];

// `--repeat N` (or `--repeat=N`): the chosen figures N times over, each run's rows in the table, then
// each row's spread (min, median, max) over the runs. A repeated run is never the committed record.
const args = process.argv.slice(2);
let repeat = 1;
const wanted: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  const m = /^--repeat(?:=(.*))?$/.exec(a);
  if (!m) {
    wanted.push(a);
    continue;
  }
  const v = m[1] ?? args[++i];
  repeat = Number(v);
  if (!Number.isInteger(repeat) || repeat < 1 || repeat > 100) {
    console.error(`bench: --repeat takes a whole number of runs from 1 to 100, not ${JSON.stringify(v ?? "")}`);
    process.exit(2);
  }
}
const chosen = wanted.length ? FIGURES.filter((f) => wanted.includes(f.id) || wanted.includes(f.id.split(".")[0])) : FIGURES;
const results: Array<{ id: string; title: string; baseline: string; pinned?: string; run?: number } & FigureResult> = [];
// The machine is shared: say how busy it was, since absolute figures move with it (ratios less).
const loadBefore = os.loadavg()[0];
const loads: number[] = [];
for (let run = 1; run <= repeat; run++) {
  loads.push(os.loadavg()[0]);
  for (const f of chosen) {
    process.stderr.write(`bench: ${f.id} ${f.title}${repeat > 1 ? ` (run ${run} of ${repeat})` : ""}…\n`);
    let r: FigureResult;
    try {
      if (f.pinned === "figure") {
        const { value, pinned } = await pinnedToOneCore(() => f.run());
        r = { ...value, notes: [pinned ? `${PINNED}, the whole figure` : "no taskset: ran unpinned", ...value.notes] };
      } else r = await f.run();
    } catch (e) {
      r = { rows: [], notes: [`FAILED: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`] };
    }
    results.push({
      id: f.id,
      title: f.title,
      baseline: f.baseline,
      ...(f.pinned ? { pinned: f.pinned } : {}),
      ...(repeat > 1 ? { run } : {}),
      ...r,
    });
  }
}

const committed = committedRows(ROOT);
const header = [
  "fig",
  "metric",
  "inspector",
  "baseline",
  "ratio",
  "target",
  "met",
  `vs committed (${committed.date?.slice(0, 10) ?? "none"})`,
];
const lines: string[][] = [];
for (const r of results) {
  const id = r.run === undefined ? r.id : `${r.id}#${r.run}`;
  if (r.rows.length === 0)
    lines.push([id, r.title.slice(0, 48), "", "", "", "", /^SKIPPED/.test(r.notes[0] ?? "") ? "skipped" : "FAILED", ""]);
  for (const row of r.rows) {
    lines.push([
      id,
      `${row.metric} (${row.unit})`,
      fmt(row.inspector),
      fmt(row.baseline),
      row.ratio === undefined ? "–" : `${fmt(row.ratio)}×`,
      row.target ?? "",
      row.met === undefined ? "" : row.met ? "yes" : "NO",
      changeOf(row, committed.rows.get(rowKey(r.id, row.metric))),
    ]);
  }
}
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
const show = (cells: string[]) => cells.map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ");
const m = { ...machine(), loadAverage1m: { before: round(loadBefore, 2), after: round(os.loadavg()[0], 2) } };
console.log(
  `\nMachine: ${m.nproc} cores (${m.cpu}), node ${m.node}, ${m.platform}; load average ${m.loadAverage1m.before} before, ${m.loadAverage1m.after} after`,
);
const pinnedFigures = pinnedLine(results);
if (pinnedFigures) console.log(pinnedFigures);
console.log(show(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const l of lines) console.log(show(l));
console.log("");
for (const r of results) {
  console.log(`${r.id}${r.run === undefined ? "" : ` (run ${r.run})`} ${r.title} — baseline: ${r.baseline}`);
  for (const n of r.notes) console.log(`   ${n.split("\n")[0]}`);
}
const spread = repeat > 1 ? spreadOf(results) : [];
if (spread.length) {
  console.log(
    `\nSpread over ${repeat} runs (min / median / max; load average at each run's start: ${loads.map((l) => round(l, 2)).join(", ")})`,
  );
  for (const s of spread)
    console.log(
      `${s.id} ${s.metric} (${s.unit}): inspector ${tri(s.inspector)}, baseline ${tri(s.baseline)}` +
        (s.ratio.length ? `, ratio ${tri(s.ratio)}×` : "") +
        (s.met.length ? `; met in ${s.met.filter(Boolean).length} of ${s.met.length}` : ""),
    );
}

// Only a run of every figure is the committed record (the README's table is one such run); a run
// of some figures goes beside it, so trying one figure never overwrites the last full run.
const file = path.join(ROOT, wanted.length || repeat > 1 ? "bench/out/results-partial.json" : "bench/results.json");
mkdirSync(path.dirname(file), { recursive: true });
const written = { date: new Date().toISOString(), machine: m, figures: results, ...(repeat > 1 ? { repeat, loads, spread } : {}) };
writeFileSync(file, JSON.stringify(written, null, 2) + "\n");
console.log(`\nwrote ${path.relative(ROOT, file)}`);
process.exit(0);

/** The table header's line naming what ran pinned (issue 93), or "" when nothing did. */
function pinnedLine(rs: typeof results): string {
  const ids = [...new Set(rs.filter((r) => r.pinned).map((r) => `${r.id}${r.pinned === "judged rows" ? " (its judged rows)" : ""}`))];
  return ids.length ? `Judged pinned, every process on core 0 (taskset -c 0): figure ${ids.join(", ")}` : "";
}

function tri(v: number[]): string {
  return v.length ? `${fmt(Math.min(...v))} / ${fmt(median(v))} / ${fmt(Math.max(...v))}` : "–";
}

/** Each figure row's values over the runs of a repeated bench (rows keyed by figure and metric). */
function spreadOf(rs: typeof results) {
  const rows = new Map<
    string,
    { id: string; metric: string; unit: string; inspector: number[]; baseline: number[]; ratio: number[]; met: boolean[] }
  >();
  for (const r of rs)
    for (const row of r.rows) {
      const key = rowKey(r.id, row.metric);
      const s = rows.get(key) ?? { id: r.id, metric: row.metric, unit: row.unit, inspector: [], baseline: [], ratio: [], met: [] };
      if (row.inspector !== undefined) s.inspector.push(row.inspector);
      if (row.baseline !== undefined) s.baseline.push(row.baseline);
      if (row.ratio !== undefined) s.ratio.push(row.ratio);
      if (row.met !== undefined) s.met.push(row.met);
      rows.set(key, s);
    }
  return [...rows.values()];
}
