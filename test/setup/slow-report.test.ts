import { describe, expect, it } from "vitest";
import { slowReport } from "./slow-report";

describe("the suite's slow report", () => {
  it("names each file over 30 s and each test over 10 s, slowest first", () => {
    const files = [
      { name: "test/a.test.ts", ms: 31_000 },
      { name: "test/b.test.ts", ms: 29_999 },
      { name: "test/c.test.ts", ms: 95_500 },
    ];
    const tests = [
      { name: "test/a.test.ts > quick", ms: 200 },
      { name: "test/c.test.ts > slow", ms: 12_340 },
      { name: "test/c.test.ts > at the line", ms: 10_000 },
    ];
    expect(slowReport("vitest", files, tests)).toEqual([
      "Slow (vitest): 2 files over 30 s, 1 test over 10 s",
      "  file   95.5 s  test/c.test.ts",
      "  file   31.0 s  test/a.test.ts",
      "  test   12.3 s  test/c.test.ts > slow",
    ]);
  });

  it("says that nothing is slow, so a reader sees the check ran", () => {
    expect(slowReport("playwright", [{ name: "e2e/x.spec.ts", ms: 1_000 }], [])).toEqual([
      "Slow (playwright): no files over 30 s, no tests over 10 s",
    ]);
  });
});
