import { formatPortabilityReport, hasErrorSeverity, portabilityFindings } from "../../../lib/lint/portability";
import { visible } from "../../../lib/text/visible";

/** --strict on tools/list: the portability report for stderr (escaped: names come from the server) and whether it fails the run. */
export function strictReport(tools: readonly unknown[]): { lines: string[]; failed: boolean } {
  const findings = portabilityFindings(tools);
  const report = formatPortabilityReport(findings);
  return { lines: report ? report.replace(/\n$/, "").split("\n").map((l) => visible(l)) : [], failed: hasErrorSeverity(findings) };
}
