import type { PortabilityFinding } from "../../../lib/lint/portability";
/** --strict's report for stderr, one line each (escaped: tool names and paths come from the server). */
export declare function strictLines(findings: readonly PortabilityFinding[]): string[];
