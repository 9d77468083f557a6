import { describe, expect, test } from "vitest";
import { aroundDifference, lineDiff } from "../../lib/session/text-diff";

describe("lineDiff and aroundDifference", () => {
  test("changed, added and removed lines with two kept lines of context, the rest folded", () => {
    const a = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"].join("\n");
    const b = ["1", "2", "3", "4", "five", "6", "7", "8", "9", "10", "11"].join("\n");
    expect(lineDiff(a, b)).toEqual(["…", "  3", "  4", "- 5", "+ five", "  6", "  7", "…", "  9", "  10", "+ 11"]);
    expect(lineDiff("a\nb\nc", "a\nc")).toEqual(["  a", "- b", "  c"]);
  });

  test("a long one-line change is shown where it differs, not cut at the common start", () => {
    const same = "x".repeat(200);
    const [before, after] = aroundDifference(`${same}sun`, `${same}rain`);
    expect(before).toBe(`…${"x".repeat(20)}sun`);
    expect(after).toBe(`…${"x".repeat(20)}rain`);
  });

  test("a text too big for the table is shown as removed then added, still bounded", () => {
    const a = Array.from({ length: 1000 }, (_, i) => `a${i}`).join("\n");
    const b = Array.from({ length: 1000 }, (_, i) => `b${i}`).join("\n");
    const out = lineDiff(a, b);
    expect(out.filter((l) => l.startsWith("- "))).toHaveLength(1000);
    expect(out.filter((l) => l.startsWith("+ "))).toHaveLength(1000);
  });
});
