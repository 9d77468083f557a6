import type { Finding } from "../../lib/lint";
import { SeverityBadge } from "../../components/severity-badge";
import { SpecLink } from "../../components/spec-link";

export interface EntryFindingsProps {
  findings: readonly Finding[];
  onJump(seq: number): void;
}

/** The lint findings of the selected entry, above its JSON. */
export function EntryFindings({ findings, onJump }: EntryFindingsProps) {
  if (!findings.length) return null;
  return (
    <ul className="entry-findings" aria-label="Problems in this entry" data-testid="entry-findings">
      {findings.map((f, i) => (
        <li key={i}>
          <SeverityBadge severity={f.severity} /> <code>{f.rule}</code> {f.message}{" "}
          {f.relatedSeq !== undefined && (
            <button type="button" className="btn-small" onClick={() => onJump(f.relatedSeq!)}>
              see seq {f.relatedSeq}
            </button>
          )}{" "}
          <SpecLink href={f.specUrl} />
        </li>
      ))}
    </ul>
  );
}
