import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import config from "../../vitest.config";
import { fileTimesOf, readFileTimes, runPace, staleFileTimes, writeFileTimes } from "./file-times";
import SlowFirstSequencer, { byEnvironment, environmentOf, slowFirst } from "./slow-first-sequencer";

describe("the suite's file times (a fresh clone's order)", () => {
  it("starts the files the table knows as slow first, slowest first; the rest keep vitest's order", () => {
    const times: Record<string, number> = { "c.test.ts": 90_000, "e.test.ts": 2_000, "a.test.ts": 30_000 };
    const order = slowFirst(["a.test.ts", "b.test.ts", "c.test.ts", "d.test.ts", "e.test.ts"], (f) => times[f] ?? 0);
    expect(order).toEqual(["c.test.ts", "a.test.ts", "e.test.ts", "b.test.ts", "d.test.ts"]);
  });

  it("keeps one environment's files together, node first, each group in the order given (a worker is reused only for a file of its environment)", () => {
    const env: Record<string, string> = { "p1.test.tsx": "jsdom", "p2.test.tsx": "jsdom", "x.test.ts": "happy-dom" };
    const order = byEnvironment(
      ["s.test.ts", "p1.test.tsx", "a.test.ts", "x.test.ts", "p2.test.tsx", "b.test.ts"],
      (f) => env[f] ?? "node",
    );
    expect(order).toEqual(["s.test.ts", "a.test.ts", "b.test.ts", "p1.test.tsx", "p2.test.tsx", "x.test.ts"]);
    // Read from the file's own comment, as vitest reads it.
    const root = path.resolve(import.meta.dirname, "../..");
    expect(environmentOf(path.join(root, "test/page/viewer.test.tsx"))).toBe("jsdom");
    expect(environmentOf(import.meta.filename)).toBe("node");
  });

  it("is the order vitest.config.ts runs in, from a table that parses and names files that exist", () => {
    expect(config.test?.sequence?.sequencer).toBe(SlowFirstSequencer);
    const table = readFileTimes();
    const root = path.resolve(import.meta.dirname, "../..");
    const missing = Object.keys(table.files).filter((f) => {
      try {
        readFileSync(path.join(root, f));
        return false;
      } catch {
        return true;
      }
    });
    expect(missing, "files in test/setup/file-times.json that are gone: refresh it").toEqual([]);
  });

  it("after a run: the files it timed take their new times (or leave, under a second), the others keep theirs", () => {
    const before = { version: 1 as const, measured: "then", files: { "a.test.ts": 5_000, "b.test.ts": 40_000, "c.test.ts": 3_000 } };
    const after = fileTimesOf(
      before,
      [
        { name: "a.test.ts", ms: 61_234 },
        { name: "c.test.ts", ms: 400 },
        { name: "d.test.ts", ms: 1_549 },
      ],
      "now",
    );
    expect(after).toEqual({ version: 1, measured: "now", files: { "a.test.ts": 61_200, "b.test.ts": 40_000, "d.test.ts": 1_500 } });
    expect(Object.keys(after.files)).toEqual(["a.test.ts", "b.test.ts", "d.test.ts"]);
    const file = path.join(mkdtempSync(path.join(tmpdir(), "file-times-")), "t.json");
    writeFileTimes(after, file);
    expect(readFileTimes(file)).toEqual(after);
  });

  it("names a slow file the table does not know, or knows as less than half its time now", () => {
    const table = { version: 1 as const, measured: "then", files: { "a.test.ts": 30_000, "b.test.ts": 4_000 } };
    const run = [
      { name: "a.test.ts", ms: 50_000 },
      { name: "b.test.ts", ms: 12_000 },
      { name: "new.test.ts", ms: 15_000 },
      { name: "quick.test.ts", ms: 900 },
    ];
    expect(staleFileTimes(table, run, 10_000)).toEqual(["b.test.ts", "new.test.ts"]);
  });

  it("judges at the run's own pace: on a machine twice as slow, only what slowed more than the machine is named", () => {
    const table = {
      version: 1 as const,
      measured: "then",
      files: { "a.test.ts": 30_000, "b.test.ts": 8_000, "c.test.ts": 6_000, "d.test.ts": 4_000, "e.test.ts": 2_000 },
    };
    const twice = [
      { name: "a.test.ts", ms: 60_000 },
      { name: "b.test.ts", ms: 16_000 },
      { name: "c.test.ts", ms: 12_000 },
      { name: "d.test.ts", ms: 8_000 },
      { name: "e.test.ts", ms: 30_000 }, // 15 s at the table's pace: slow, and 7.5× the table's time
      { name: "new.test.ts", ms: 15_000 }, // 7.5 s at the table's pace: not slow
      { name: "newer.test.ts", ms: 25_000 }, // 12.5 s at the table's pace: slow, and unknown
    ];
    expect(runPace(table, twice)).toBe(2);
    expect(staleFileTimes(table, twice, 10_000)).toEqual(["e.test.ts", "newer.test.ts"]);
    // Fewer than five files known to both: the table's own pace.
    expect(runPace(table, twice.slice(0, 4))).toBe(1);
  });
});
