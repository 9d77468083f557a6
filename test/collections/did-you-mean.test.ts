import { describe, expect, it } from "vitest";
import { parseCollection } from "../../lib/collections/format";
import { nearest } from "../../lib/text/nearest";

// Issue 92 (sixth walk): a misspelt key listed every valid key but not the one meant.
describe("a misspelt collection key names the one meant", () => {
  it("a step's expct is expect", () => {
    const r = parseCollection("steps:\n  - tool: echo\n    expct: []\n", "c.yaml");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/unknown step key "expct" .*; did you mean "expect"\?$/);
  });
  it("an expectation and a top key too", () => {
    const e = parseCollection("steps:\n  - tool: echo\n    expect: [{ equalz: 1 }]\n", "c.yaml");
    if (!e.ok) expect(e.error.message).toMatch(/did you mean "equals"\?$/);
    const t = parseCollection("stepz:\n  - tool: echo\n", "c.yaml");
    if (!t.ok) expect(t.error.message).toMatch(/did you mean "steps"\?$/);
  });
  it("nothing close, no guess", () => {
    expect(nearest("zzzzzz", ["expect", "steps"])).toBeUndefined();
  });
});
