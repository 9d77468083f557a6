// Issue 66 item 11: the front door grew back. Two budgets a person notices before any code runs:
// the README's length (a user reads it top to bottom; the rest is in docs/), and inline
// `as { … }` casts in product code (each one a shape asserted instead of checked: lib/json/shape
// and zod schemas say what a value is). Both were set once and drifted; a test holds them now.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/targets";

const README_MAX_LINES = 300;
const CASTS_MAX = 40;
/** Product code: what ships and runs (tests, benches and scripts are not counted). */
const PRODUCT = ["app", "client", "components", "features", "lib", "server"];

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) yield* sources(p);
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith(".d.ts")) yield p;
  }
}

describe("the front door's budgets", () => {
  it(`README.md is at most ${README_MAX_LINES} lines`, () => {
    const lines = readFileSync(path.join(ROOT, "README.md"), "utf8").trimEnd().split("\n").length;
    expect(lines).toBeLessThanOrEqual(README_MAX_LINES);
  });

  it(`product code has at most ${CASTS_MAX} inline \`as {\` casts`, () => {
    const found: string[] = [];
    for (const top of PRODUCT)
      for (const file of sources(path.join(ROOT, top))) {
        const lines = readFileSync(file, "utf8").split("\n");
        lines.forEach((l, i) => {
          if (/\bas \{/.test(l)) found.push(`${path.relative(ROOT, file)}:${i + 1}`);
        });
      }
    expect(found.length, found.join("\n")).toBeLessThanOrEqual(CASTS_MAX);
  });
});
