import type { Finding } from "../../lib/lint/finding";
import type { Entry } from "../../lib/record/format";
import { detailJsonOf, formatTime, kindOf, labelOf } from "../../lib/record/entry-facts";
import { inertJson } from "../../lib/text/visible";
import { shownName } from "../../components/shown-text";
import { SeverityBadge } from "../../components/severity-badge";

export interface EntryViewProps {
  entry?: Entry;
  findings: readonly Finding[];
  onShowEntry(seq: number): void;
}

/** Characters of an entry's JSON drawn at once: a resource of megabytes would stall the tab. */
const SHOWN_CHARS = 200_000;

/**
 * One entry as recorded: what it is, its pair, its findings and its JSON. Everything is text
 * (an App's HTML included): React escapes it, and invisible characters are written as escapes.
 */
export function EntryView({ entry, findings, onShowEntry }: EntryViewProps) {
  if (!entry) return <p className="muted entry-view">Choose an entry of the timeline to see it whole.</p>;
  const json = inertJson(detailJsonOf(entry));
  return (
    <section className="entry-view" aria-labelledby="entry-heading" data-testid="viewer-entry">
      <h2 id="entry-heading">
        seq {entry.seq} {shownName(labelOf(entry).slice(0, 300))}
      </h2>
      <p className="muted small">
        {kindOf(entry)}
        {entry.kind === "message" && ` · ${entry.dir}`} · {formatTime(entry.t)}
        {entry.kind === "message" && entry.pair && (
          <>
            {" · answers "}
            <button type="button" className="btn-link" onClick={() => onShowEntry(entry.pair!.seq)}>
              seq {entry.pair.seq}
            </button>
          </>
        )}
      </p>
      {findings.length > 0 && (
        <ul className="entry-findings">
          {findings.map((f, i) => (
            <li key={i}>
              <SeverityBadge severity={f.severity} /> <code>{f.rule}</code> {shownName(f.message)}
            </li>
          ))}
        </ul>
      )}
      <pre className="entry-json" data-testid="viewer-entry-json">
        {json.length > SHOWN_CHARS ? `${json.slice(0, SHOWN_CHARS)}\n… ${json.length - SHOWN_CHARS} more characters` : json}
      </pre>
    </section>
  );
}
