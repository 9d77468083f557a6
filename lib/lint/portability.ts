import { isObject } from "../json/shape";
import { toolSchemaFindings, type PortabilityFinding } from "./rules/schema-portability";

export { PORTABILITY_RULES, type PortabilityFinding } from "./rules/schema-portability";

/**
 * The tool-schema portability findings of a tools/list result's `tools`, in tool order (what the
 * official inspector's `--strict` reports). Entries without a string name are skipped, as there.
 * Pure: the CLI calls it after tools/list; the linter runs the same rules on every listing.
 */
export function portabilityFindings(tools: readonly unknown[]): PortabilityFinding[] {
  return tools.flatMap((t) => (isObject(t) && typeof t.name === "string" ? toolSchemaFindings(t.name, t) : []));
}

/** True when a finding is error-severity: `--strict` then exits 6. */
export function hasErrorSeverity(findings: readonly PortabilityFinding[]): boolean {
  return findings.some((f) => f.severity === "error");
}

/** Where a finding is, from the tool's root: `inputSchema.properties.when`. */
export function portabilityPath(f: PortabilityFinding): string {
  return f.path ? `${f.schema}.${f.path}` : f.schema;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** "1 error, 2 warnings across 2 tools": the count the official prints without --strict. */
export function summarizePortability(findings: readonly PortabilityFinding[]): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  const tools = new Set(findings.map((f) => f.tool)).size;
  return `${plural(errors, "error")}, ${plural(findings.length - errors, "warning")} across ${plural(tools, "tool")}`;
}

/**
 * The full report `--strict` prints on stderr, in the official's layout (a block per finding:
 * severity and tool, Path, Issue, Suggestion, then the summary line). Empty for no findings.
 */
export function formatPortabilityReport(findings: readonly PortabilityFinding[]): string {
  if (findings.length === 0) return "";
  const blocks = findings.map((f) =>
    [
      `${f.severity === "error" ? "Error" : "Warning"}: tool "${f.tool}"`,
      `  Path: ${portabilityPath(f)}`,
      `  Issue: ${f.issue}`,
      `  Suggestion: ${f.suggestion}`,
      `  Rule: ${f.rule} (${f.specUrl})`,
      "",
    ].join("\n"),
  );
  return `${blocks.join("\n")}\n${summarizePortability(findings)}.\n`;
}

/** One tool's findings as the official's `--format json` envelope carries them under `schemaFindings`. */
export interface SchemaFindingsEntry {
  toolName: string;
  findings: Array<{ rule: string; severity: string; schema: string; path: string; issue: string; suggestion: string }>;
}

/** Findings grouped by tool in the official's `schemaFindings` shape (its rule names have no `portability/`). */
export function schemaFindingsEnvelope(findings: readonly PortabilityFinding[]): SchemaFindingsEntry[] {
  const byTool = new Map<string, SchemaFindingsEntry>();
  for (const f of findings) {
    let entry = byTool.get(f.tool);
    if (!entry) byTool.set(f.tool, (entry = { toolName: f.tool, findings: [] }));
    entry.findings.push({
      rule: f.rule.replace(/^portability\//, ""),
      severity: f.severity,
      schema: f.schema,
      path: f.path,
      issue: f.issue,
      suggestion: f.suggestion,
    });
  }
  return [...byTool.values()];
}
