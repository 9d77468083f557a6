// A setup file (vitest.config.ts): with VITEST_FILE_CPU set, each test file's CPU goes to that file,
// one JSON line (test/setup/file-cpu.ts). Its afterAll runs after the file's own (hooks unwind as a
// stack), so a server the file stops there is counted with it once it is reaped.
import { appendFileSync } from "node:fs";
import { afterAll, beforeAll, expect } from "vitest";
import { cpuNow, type FileCpu } from "./file-cpu";

const out = process.env.VITEST_FILE_CPU;
if (out) {
  let start: ReturnType<typeof cpuNow>;
  let startedAt = 0;
  beforeAll(() => {
    start = cpuNow();
    startedAt = performance.now();
  });
  afterAll(() => {
    const end = cpuNow();
    if (!start || !end) return;
    const row: FileCpu = {
      file: expect.getState().testPath ?? "(unknown)",
      self: end.self - start.self,
      children: end.children - start.children,
      wall: (performance.now() - startedAt) / 1000,
    };
    // One write of one line: the workers append to the same file at once.
    appendFileSync(out, JSON.stringify(row) + "\n");
  });
}
