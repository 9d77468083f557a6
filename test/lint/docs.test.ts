import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ALL_RULES } from "../../lib/lint";
import { ROOT } from "../helpers/targets";

describe("docs/lint-rules.md", () => {
  const doc = readFileSync(path.join(ROOT, "docs/lint-rules.md"), "utf8");
  const rows = new Map(
    doc
      .split("\n")
      .filter((l) => l.startsWith("| `"))
      .map((l) => {
        const cells = l.split(" | ");
        return [cells[0].slice(3, -1), { severity: cells[1], spec: l.match(/\]\(([^)]+)\) \|$/)?.[1] }] as const;
      }),
  );

  it("lists every rule once, in order, with its severity and spec pointer", () => {
    expect([...rows.keys()]).toEqual(ALL_RULES.map((r) => r.id));
    for (const r of ALL_RULES) expect(rows.get(r.id)).toEqual({ severity: r.severity, spec: r.specUrl });
  });
});
