// Playwright's part of the slow report (slow-report.ts), listed after the list reporter in
// playwright.config.ts so it prints below its summary. A spec's time is the sum of its tests'
// (each with its hooks and fixtures), as Playwright's own reportSlowTests counts it.
import path from "node:path";
import type { Reporter, TestCase, TestResult } from "@playwright/test/reporter";
import { slowReport, type Timed } from "./slow-report";

export default class SlowSpecsReporter implements Reporter {
  private readonly files = new Map<string, number>();
  private readonly tests: Timed[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    const file = path.relative(process.cwd(), test.location.file);
    this.files.set(file, (this.files.get(file) ?? 0) + result.duration);
    this.tests.push({ name: `${file}:${test.location.line} > ${test.title}`, ms: result.duration });
  }

  onEnd(): void {
    const files = [...this.files].map(([name, ms]) => ({ name, ms }));
    process.stdout.write(`\n${slowReport("playwright", files, this.tests).join("\n")}\n`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
