// vitest's part of the slow report (slow-report.ts), listed after the default reporter in
// vitest.config.ts so it prints below vitest's own summary.
import type { Reporter, TestModule } from "vitest/node";
import { fileCpuReport, readFileCpu } from "./file-cpu";
import { fileTimesOf, readFileTimes, runPace, staleFileTimes, writeFileTimes } from "./file-times";
import { SLOW_TEST_MS, slowReport } from "./slow-report";

/** A file's whole time in its worker: its environment, its imports and set-up, then its tests and hooks. */
function fileMs(module: TestModule): number {
  const d = module.diagnostic();
  return d.environmentSetupDuration + d.prepareDuration + d.collectDuration + d.setupDuration + d.duration;
}

export default class SlowTestsReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const files = modules.map((m) => ({ name: m.relativeModuleId, ms: fileMs(m) }));
    const tests = modules.flatMap((m) =>
      [...m.children.allTests()].map((t) => ({ name: `${m.relativeModuleId} > ${t.fullName}`, ms: t.diagnostic()?.duration ?? 0 })),
    );
    const lines = slowReport("vitest", files, tests);
    if (process.env.VITEST_WRITE_FILE_TIMES) {
      writeFileTimes(fileTimesOf(readFileTimes(), files, process.env.VITEST_WRITE_FILE_TIMES));
      lines.push("Wrote test/setup/file-times.json (the order a fresh clone runs the files in).");
    } else {
      const table = readFileTimes();
      const stale = staleFileTimes(table, files, SLOW_TEST_MS);
      if (stale.length)
        lines.push(
          `Slow files test/setup/file-times.json does not know as slow at this run's pace (${runPace(table, files).toFixed(2)}× its times), so a fresh clone may start them last: ${stale.join(", ")}.`,
          `  Refresh it from a run of them: VITEST_WRITE_FILE_TIMES="<how measured>" npx vitest run <files>`,
        );
    }
    if (process.env.VITEST_FILE_CPU) lines.push(...fileCpuReport(readFileCpu(process.env.VITEST_FILE_CPU), process.cwd()));
    process.stdout.write(`\n${lines.join("\n")}\n`);
  }
}
