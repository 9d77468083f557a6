import type { Finding } from "../lib/lint";
import { SeverityBadge } from "./severity-badge";
import { SpecLink } from "./spec-link";
import { shownName } from "./shown-text";

/** The lint findings of a result's response, shown with the result (the timeline marks the same entry). */
export function ResultFindings({ findings }: { findings: readonly Finding[] }) {
  if (!findings.length) return null;
  return (
    <ul className="result-findings" aria-label="Problems in this response" data-testid="result-findings">
      {findings.map((f, i) => (
        <li key={i}>
          <SeverityBadge severity={f.severity} /> <code>{f.rule}</code> {shownName(f.message)} <SpecLink href={f.specUrl} />
        </li>
      ))}
    </ul>
  );
}
