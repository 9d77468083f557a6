import * as z from "zod";

/**
 * How bad a finding is. error: the peer breaks a MUST of the spec (or of JSON-RPC 2.0), and a
 * conforming counterpart may fail on it. warning: a SHOULD is broken, or the record alone
 * cannot tell a bug from bad luck (a request still open when the session ended). info: worth
 * knowing, never a failure.
 */
export const SeveritySchema = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * One problem the linter found, attached to one entry of the record. Findings are derived
 * data: they are never written into the record, and the same entries always give the same
 * findings.
 */
export const FindingSchema = z.object({
  /** Stable rule id, "<family>/<name>", e.g. "jsonrpc/version". Listed in docs/lint-rules.md. */
  rule: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
  severity: SeveritySchema,
  /** What is wrong, in plain words, naming the offending value. */
  message: z.string(),
  /** The entry the finding marks (the timeline shows the marker there). */
  seq: z.number().int().positive(),
  /** Another entry involved: the request a bad response answers, the first use of a reused id... */
  relatedSeq: z.number().int().positive().optional(),
  /** The section of the MCP 2025-11-25 (2026-07-28 for modern/*) or JSON-RPC 2.0 specification that the rule enforces. */
  specUrl: z.url(),
});
export type Finding = z.infer<typeof FindingSchema>;

/** Findings counted by severity, for the Problems panel header and the CLI summary. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
