import { formatPortabilityReport } from "../../../lib/lint/portability";
import type { PortabilityFinding } from "../../../lib/lint/portability";
import { visible } from "../../../lib/text/visible";

/** --strict's report for stderr, one line each (escaped: tool names and paths come from the server). */
export function strictLines(findings: readonly PortabilityFinding[]): string[] {
  const report = formatPortabilityReport(findings);
  return report
    ? report
        .replace(/\n$/, "")
        .split("\n")
        .map((l) => visible(l))
    : [];
}
