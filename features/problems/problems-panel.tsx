"use client";
import { useMemo, useState } from "react";
import type { Finding, Severity } from "../../lib/lint";
import { SeverityBadge } from "../../components/severity-badge";
import { SpecLink } from "../../components/spec-link";
import { shownName } from "../../components/shown-text";

export interface ProblemsPanelProps {
  /** This connection's findings (the counts are theirs). */
  findings: readonly Finding[];
  /** Earlier connections' findings, shown folded. */
  earlier?: readonly Finding[];
  /** Hide every finding so far. */
  onClear?(): void;
  /** Changes when findings were added (the array grows in place). */
  version: number;
  counts: Record<Severity, number>;
  /** Entries still waiting to be linted (a large history in progress). */
  backlog?: number;
  onJump(seq: number): void;
}

const SEVERITIES: Severity[] = ["error", "warning", "info"];
/** Rows rendered at most; the counts stay exact. */
const MAX_ROWS = 500;

/** Lint findings: counts by severity, filters, and one row per finding that jumps to its entry. */
export function ProblemsPanel({ findings, earlier = [], version, counts, backlog, onJump, onClear }: ProblemsPanelProps) {
  const [hidden, setHidden] = useState<ReadonlySet<Severity>>(new Set());
  const [rule, setRule] = useState("");
  // eslint-disable-next-line react-hooks/exhaustive-deps -- findings grow in place; version says when
  const rules = useMemo(() => [...new Set(findings.map((f) => f.rule))].sort(), [findings, version]);
  const shown = useMemo(
    () => findings.filter((f) => !hidden.has(f.severity) && (!rule || f.rule === rule)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- findings grow in place; version says when
    [findings, version, hidden, rule],
  );
  const toggle = (s: Severity) => setHidden((h) => (h.has(s) ? new Set([...h].filter((x) => x !== s)) : new Set([...h, s])));

  return (
    <section className="problems-panel" aria-labelledby="problems-heading" data-testid="problems-panel">
      <div className="list-head">
        <h2 id="problems-heading">Problems</h2>
        <span className="muted small" aria-live="polite" data-testid="problem-counts">
          {counts.error} {counts.error === 1 ? "error" : "errors"}, {counts.warning} {counts.warning === 1 ? "warning" : "warnings"}
          {counts.info ? `, ${counts.info} info` : ""}
          {backlog ? ` · linting ${backlog} more entries…` : ""}
        </span>
        {onClear && (findings.length > 0 || earlier.length > 0) && (
          <button type="button" className="btn-small" onClick={onClear} title="Hide the findings so far; new ones still appear">
            Clear
          </button>
        )}
      </div>
      <div className="filters problems-filters">
        {SEVERITIES.map((s) => (
          <button key={s} type="button" className={`chip sev-chip sev-${s}`} aria-pressed={!hidden.has(s)} onClick={() => toggle(s)}>
            {s} {counts[s]}
          </button>
        ))}
        <select aria-label="Rule" value={rule} onChange={(e) => setRule(e.target.value)}>
          <option value="">all rules</option>
          {rules.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </div>
      {findings.length === 0 ? (
        <p className="muted">
          No problems found{backlog ? " yet" : ""}: every entry of this connection so far follows the rules the linter checks.
        </p>
      ) : (
        <FindingList findings={shown} onJump={onJump} testId="problem" />
      )}
      {shown.length > MAX_ROWS && (
        <p className="muted small">
          Showing the first {MAX_ROWS} of {shown.length}; filter by severity or rule to see the rest.
        </p>
      )}
      {earlier.length > 0 && (
        <details className="problems-earlier" data-testid="problems-earlier">
          <summary>
            Earlier connections: {earlier.length} {earlier.length === 1 ? "finding" : "findings"}
          </summary>
          <FindingList findings={earlier} onJump={onJump} testId="problem-earlier" />
        </details>
      )}
    </section>
  );
}

function FindingList({ findings, onJump, testId }: { findings: readonly Finding[]; onJump(seq: number): void; testId: string }) {
  return (
    <ol className="problem-list">
      {findings.slice(0, MAX_ROWS).map((f, i) => (
        <li
          key={`${f.seq}-${f.rule}-${i}`}
          className={`problem sev-${f.severity}`}
          data-testid={testId}
          data-rule={f.rule}
          data-seq={f.seq}
        >
          <button
            type="button"
            className="problem-jump"
            onClick={() => onJump(f.seq)}
            aria-label={`${f.severity} ${f.rule} at entry ${f.seq}: ${shownName(f.message)}`}
          >
            <SeverityBadge severity={f.severity} />
            <code className="problem-rule">{f.rule}</code>
            <span className="problem-message">{shownName(f.message)}</span>
            <span className="problem-seq muted">seq {f.seq}</span>
          </button>
          <SpecLink href={f.specUrl} />
        </li>
      ))}
    </ol>
  );
}
