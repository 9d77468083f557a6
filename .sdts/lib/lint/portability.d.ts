import { type PortabilityFinding } from "./rules/schema-portability";
export { PORTABILITY_RULES, type PortabilityFinding } from "./rules/schema-portability";
/**
 * The tool-schema portability findings of a tools/list result's `tools`, in tool order (what the
 * official inspector's `--strict` reports). Entries without a string name are skipped, as there.
 * Pure: the CLI calls it after tools/list; the linter runs the same rules on every listing.
 */
export declare function portabilityFindings(tools: readonly unknown[]): PortabilityFinding[];
/** True when a finding is error-severity: `--strict` then exits 6. */
export declare function hasErrorSeverity(findings: readonly PortabilityFinding[]): boolean;
/** Where a finding is, from the tool's root: `inputSchema.properties.when`. */
export declare function portabilityPath(f: PortabilityFinding): string;
/** "1 error, 2 warnings across 2 tools": the count the official prints without --strict. */
export declare function summarizePortability(findings: readonly PortabilityFinding[]): string;
/**
 * The full report `--strict` prints on stderr, in the official's layout (a block per finding:
 * severity and tool, Path, Issue, Suggestion, then the summary line). Empty for no findings.
 */
export declare function formatPortabilityReport(findings: readonly PortabilityFinding[]): string;
/** One tool's findings as the official's `--format json` envelope carries them under `schemaFindings`. */
export interface SchemaFindingsEntry {
    toolName: string;
    findings: Array<{
        rule: string;
        severity: string;
        schema: string;
        path: string;
        issue: string;
        suggestion: string;
    }>;
}
/** Findings grouped by tool in the official's `schemaFindings` shape (its rule names have no `portability/`). */
export declare function schemaFindingsEnvelope(findings: readonly PortabilityFinding[]): SchemaFindingsEntry[];
