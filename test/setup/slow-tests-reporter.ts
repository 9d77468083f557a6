// vitest's part of the slow report (slow-report.ts), listed after the default reporter in
// vitest.config.ts so it prints below vitest's own summary.
import type { Reporter, TestModule } from "vitest/node";
import { slowReport } from "./slow-report";

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
    process.stdout.write(`\n${slowReport("vitest", files, tests).join("\n")}\n`);
  }
}
