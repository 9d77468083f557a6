import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { BENCH_README, README, renderSummary, renderTable, withTable } from "../../bench/render-table.mjs";

// The docs hold one full bench run, rendered from the committed results.json, never edited by
// hand (`node bench/render-table.mjs` after a full `npm run bench`): the table in bench/README.md
// beside each goal's reason, and one line of it in README.md.
describe("the bench's table", () => {
  const results = JSON.parse(readFileSync(path.join(process.cwd(), "bench/results.json"), "utf8"));

  it("in bench/README.md and its line in README.md are bench/results.json's", () => {
    const bench = readFileSync(BENCH_README, "utf8");
    expect(withTable(bench, renderTable(results))).toBe(bench);
    const readme = readFileSync(README, "utf8");
    expect(withTable(readme, renderSummary(results))).toBe(readme);
  });

  it("shows each row with a goal, and whether it was met; the README's line says how many were", () => {
    const table = renderTable(results);
    const withGoal = results.figures.flatMap((f: { rows: Array<{ target?: string; met?: boolean }> }) => f.rows.filter((r) => r.target));
    expect(table.split("\n").filter((l) => /^\| \d/.test(l))).toHaveLength(withGoal.length);
    const met = withGoal.filter((r: { met?: boolean }) => r.met).length;
    expect(renderSummary(results)).toContain(`met ${met} of ${withGoal.length} goals`);
  });
});
