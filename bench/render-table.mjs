// The bench table, rendered from the committed full run (bench/results.json), so the docs always
// hold one run of `npm run bench` and never a hand-edited figure (issue 49). The table is in
// bench/README.md, beside each goal's reason; README.md holds one line of it, how many goals the
// run met (issue 66 item 11: the README back under 300 lines).
//   node bench/render-table.mjs           rewrite both
//   node bench/render-table.mjs --check   exit 1 when either is not results.json's
// test/bench/readme-table.test.ts runs the check.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const README = path.join(root, "README.md");
export const BENCH_README = path.join(root, "bench/README.md");
export const START = "<!-- bench-table: rendered by bench/render-table.mjs from bench/results.json -->";
export const END = "<!-- /bench-table -->";

const esc = (s) => String(s).replace(/\|/g, "\\|").replace(/\n/g, " ");

function num(x) {
  if (x === undefined || x === null || Number.isNaN(x)) return "–";
  if (Math.abs(x) >= 1000) return Math.round(x).toLocaleString("en-US");
  if (Math.abs(x) >= 100) return x.toFixed(0);
  if (Math.abs(x) >= 10) return String(Number(x.toFixed(1)));
  return String(Number(x.toFixed(3)));
}

function rowsWithGoals(results) {
  const rows = [];
  for (const f of results.figures) for (const r of f.rows) if (r.target) rows.push({ id: f.id, ...r });
  return rows;
}

/** One line for README.md: when the last full run was and how many goals it met. */
export function renderSummary(results) {
  const rows = rowsWithGoals(results);
  const failed = results.figures.filter((f) => f.rows.length === 0).map((f) => f.id);
  const met = rows.filter((r) => r.met).length;
  return [
    START,
    `The last full run of \`npm run bench\` (${results.date.slice(0, 10)}) met ${met} of ${rows.length} goals${failed.length ? `; figures ${failed.join(", ")} did not run` : ""}: each figure, its baseline, goal and reason in [bench/README.md](bench/README.md#the-table).`,
    END,
  ].join("\n");
}

/** The markdown between the markers in bench/README.md: every row that has a goal, and how many met it. */
export function renderTable(results) {
  const rows = rowsWithGoals(results);
  const failed = results.figures.filter((f) => f.rows.length === 0).map((f) => f.id);
  const met = rows.filter((r) => r.met).length;
  const m = results.machine ?? {};
  const load = m.loadAverage1m ? `; load average ${m.loadAverage1m.before} before, ${m.loadAverage1m.after} after` : "";
  const out = [
    START,
    `The last full run of \`npm run bench\` (${results.date.slice(0, 10)}): ${met} of ${rows.length} goals met${failed.length ? `; figures ${failed.join(", ")} did not run` : ""}.`,
    `${m.nproc ?? "?"} cores (${esc(m.cpu ?? "?")}), Node ${esc(m.node ?? "?")}${load}. Each ratio is to the baseline measured in the same run.`,
    "",
    "| fig | metric | inspector | baseline | ratio | goal | met |",
    "|---|---|--:|--:|--:|---|---|",
    ...rows.map(
      (r) =>
        `| ${r.id} | ${esc(r.metric)} (${esc(r.unit)}) | ${num(r.inspector)} | ${num(r.baseline)} | ${r.ratio === undefined ? "–" : `${num(r.ratio)}×`} | ${esc(r.target)} | ${r.met ? "yes" : "**no**"} |`,
    ),
    END,
  ];
  return out.join("\n");
}

/** A markdown file with its block between the markers replaced by this render (the markers must be there once). */
export function withTable(readme, table) {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`no "${START}" … "${END}" block`);
  return readme.slice(0, a) + table + readme.slice(b + END.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = JSON.parse(readFileSync(path.join(root, "bench/results.json"), "utf8"));
  for (const [file, render] of [
    [README, renderSummary],
    [BENCH_README, renderTable],
  ]) {
    const text = readFileSync(file, "utf8");
    const next = withTable(text, render(results));
    if (!process.argv.includes("--check")) writeFileSync(file, next);
    else if (next !== text) {
      process.stderr.write(`${path.relative(root, file)}'s bench block is not bench/results.json's: run \`node bench/render-table.mjs\`\n`);
      process.exit(1);
    }
  }
}
