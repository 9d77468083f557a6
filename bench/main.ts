// The benchmark runner (bundled and started by bench/run.mjs). Each figure measures the
// inspector and its baseline in the same run, interleaved where it can (the machine is shared
// and noisy: ratios are what count). Prints a table and writes bench/results.json.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Figure, FigureResult } from "./figure";
import os from "node:os";
import { fmt, round } from "./stats";
import { ROOT, machine } from "./env";
import { roundTrip } from "./figures/round-trip";
import { coldStart } from "./figures/cold-start";
import { floodIngest } from "./figures/flood-ingest";
import { pageIngest } from "./figures/page-ingest";
import { floodWhileOpen } from "./figures/flood-while-open";
import { bigPayload } from "./figures/big-payload";
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
import { changeOf, committedRows, rowKey } from "./compare";

const FIGURES: Figure[] = [
  roundTrip,
  coldStart,
  floodIngest,
  pageIngest,
  floodWhileOpen,
  bigPayload,
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
];

const wanted = process.argv.slice(2);
const chosen = wanted.length ? FIGURES.filter((f) => wanted.includes(f.id) || wanted.includes(f.id.split(".")[0])) : FIGURES;
const results: Array<{ id: string; title: string; baseline: string } & FigureResult> = [];
// The machine is shared: say how busy it was, since absolute figures move with it (ratios less).
const loadBefore = os.loadavg()[0];
for (const f of chosen) {
  process.stderr.write(`bench: ${f.id} ${f.title}…\n`);
  let r: FigureResult;
  try {
    r = await f.run();
  } catch (e) {
    r = { rows: [], notes: [`FAILED: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`] };
  }
  results.push({ id: f.id, title: f.title, baseline: f.baseline, ...r });
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
  if (r.rows.length === 0)
    lines.push([r.id, r.title.slice(0, 48), "", "", "", "", /^SKIPPED/.test(r.notes[0] ?? "") ? "skipped" : "FAILED", ""]);
  for (const row of r.rows) {
    lines.push([
      r.id,
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
console.log(show(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const l of lines) console.log(show(l));
console.log("");
for (const r of results) {
  console.log(`${r.id} ${r.title} — baseline: ${r.baseline}`);
  for (const n of r.notes) console.log(`   ${n.split("\n")[0]}`);
}

// Only a run of every figure is the committed record (the README's table is one such run); a run
// of some figures goes beside it, so trying one figure never overwrites the last full run.
const file = path.join(ROOT, wanted.length ? "bench/out/results-partial.json" : "bench/results.json");
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), machine: m, figures: results }, null, 2) + "\n");
console.log(`\nwrote ${path.relative(ROOT, file)}`);
process.exit(0);
