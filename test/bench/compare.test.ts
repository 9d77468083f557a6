import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { changeOf, committedRows, rowKey } from "../../bench/compare";

// What `npm run bench` prints beside each row: the change against the committed full run.
describe("bench: change against the committed results", () => {
  it("compares by ratio when both runs have one, by value otherwise", () => {
    expect(changeOf({ metric: "m", unit: "ms", inspector: 1, ratio: 1.6 }, { metric: "m", unit: "ms", inspector: 5, ratio: 2 })).toBe(
      "2× → 1.6× (−20%)",
    );
    expect(changeOf({ metric: "m", unit: "ms", inspector: 1100 }, { metric: "m", unit: "ms", inspector: 1000 })).toBe(
      "1,000 → 1,100 (+10%)",
    );
    expect(changeOf({ metric: "m", unit: "ms", inspector: 3 }, undefined)).toBe("new");
  });

  it("reads the rows of bench/results.json as committed at HEAD", () => {
    const { date, rows } = committedRows(process.cwd());
    const committed = JSON.parse(execFileSync("git", ["show", "HEAD:bench/results.json"], { encoding: "utf8" })) as {
      date: string;
      figures: Array<{ id: string; rows: Array<{ metric: string; inspector: number }> }>;
    };
    expect(date).toBe(committed.date);
    const first = committed.figures.find((f) => f.rows.length > 0)!;
    expect(rows.get(rowKey(first.id, first.rows[0].metric))?.inspector).toBe(first.rows[0].inspector);
  });
});
