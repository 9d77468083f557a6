import { execFileSync } from "node:child_process";
import type { Row } from "./figure";
import { fmt } from "./stats";

/**
 * The change of each row against the committed bench/results.json (issue 49: a run says what
 * moved, so a regression is seen in the run that made it). Rows are matched by figure id and
 * metric. A row with a ratio is compared by its ratio (the baseline ran on the same machine in
 * the same run, so ratios compare across machines and loads; absolute times do not); a row
 * without one by its value.
 */
export interface CommittedRow {
  id: string;
  row: Row;
}

interface ResultsFile {
  date?: string;
  figures?: Array<{ id: string; rows?: Row[] }>;
}

/** The rows of bench/results.json as committed at HEAD (not the file on disk a partial run may have written). */
export function committedRows(root: string): { date?: string; rows: Map<string, Row> } {
  let text: string;
  try {
    text = execFileSync("git", ["show", "HEAD:bench/results.json"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return { rows: new Map() }; // not a git checkout, or no committed results yet
  }
  const file = JSON.parse(text) as ResultsFile;
  const rows = new Map<string, Row>();
  for (const f of file.figures ?? []) for (const row of f.rows ?? []) rows.set(rowKey(f.id, row.metric), row);
  return { date: file.date, rows };
}

export const rowKey = (id: string, metric: string) => `${id}\u0000${metric}`;

/** "2.1× → 1.6× (−24%)" or "1,015 → 890 ms (−12%)"; "new" when the committed run had no such row. */
export function changeOf(now: Row, before: Row | undefined): string {
  if (!before) return "new";
  const byRatio = now.ratio !== undefined && before.ratio !== undefined;
  const a = byRatio ? before.ratio! : before.inspector;
  const b = byRatio ? now.ratio! : now.inspector;
  const pct = a === 0 ? (b === 0 ? 0 : Infinity) : ((b - a) / Math.abs(a)) * 100;
  const sign = pct > 0 ? "+" : pct < 0 ? "−" : "±";
  const shown = Number.isFinite(pct) ? `${sign}${Math.abs(pct).toFixed(0)}%` : "was 0";
  return byRatio ? `${times(a)} → ${times(b)} (${shown})` : `${fmt(a)} → ${fmt(b)} (${shown})`;
}

/** A ratio to two decimals, without trailing zeros: 2×, 1.6×, 1.74×. */
const times = (x: number) => `${Number(x.toFixed(2))}×`;
