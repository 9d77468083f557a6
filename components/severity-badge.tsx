import type { Severity } from "../lib/lint";

/** A finding's severity as a coloured word. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  return <span className={`badge sev-badge sev-${severity}`}>{severity}</span>;
}
