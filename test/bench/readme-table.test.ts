import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { README, renderTable, withTable } from "../../bench/render-table.mjs";

// The README holds one full bench run: the table rendered from the committed results.json, never
// edited by hand (`node bench/render-table.mjs` after a full `npm run bench`).
describe("the README's bench table", () => {
  const results = JSON.parse(readFileSync(path.join(process.cwd(), "bench/results.json"), "utf8"));

  it("is bench/results.json's", () => {
    const readme = readFileSync(README, "utf8");
    expect(withTable(readme, renderTable(results))).toBe(readme);
  });

  it("shows each row with a goal, and whether it was met", () => {
    const table = renderTable(results);
    const withGoal = results.figures.flatMap((f: { rows: Array<{ target?: string }> }) => f.rows.filter((r) => r.target));
    expect(table.split("\n").filter((l) => /^\| \d/.test(l))).toHaveLength(withGoal.length);
    expect(table).toMatch(/goals met/);
  });
});
