import { useState } from "react";
import type { Entry } from "../../lib/record/format";
import { formatTime, idLabelOf, isAlarming, kindOf, shortLabelOf } from "../../lib/record/entry-facts";
import { shownName } from "../../components/shown-text";

export interface EntryListProps {
  entries: readonly Entry[];
  selected?: number;
  /** Findings per seq (the row's mark). */
  findingsAt: ReadonlyMap<number, number>;
  /** Seqs a failed verdict is about: marked as the failing step's rows. */
  failing: ReadonlySet<number>;
  onSelect(seq: number): void;
}

/** Rows drawn at once; more on request (a page file holds up to 16 MiB of record). */
const PAGE_ROWS = 2000;

const ARROW: Record<string, string> = { "client->server": "→", "server->client": "←" };

/** The timeline, read-only: one button per entry, its direction, label, id, time and marks. */
export function EntryList({ entries, selected, findingsAt, failing, onSelect }: EntryListProps) {
  const [limit, setLimit] = useState(PAGE_ROWS);
  // A selected entry beyond the drawn rows is drawn too (a verdict or a finding jumped to it).
  const at = selected === undefined ? -1 : entries.findIndex((e) => e.seq === selected);
  const shown = entries.slice(0, Math.max(limit, at + 1));
  return (
    <section className="entry-list" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      <ol>
        {shown.map((e) => {
          const kind = kindOf(e);
          const marks = findingsAt.get(e.seq) ?? 0;
          return (
            <li key={e.seq}>
              <button
                type="button"
                className={`row kind-${kind}${isAlarming(e) ? " alarming" : ""}${failing.has(e.seq) ? " failing" : ""}`}
                aria-pressed={selected === e.seq}
                data-testid="viewer-row"
                data-seq={e.seq}
                onClick={() => onSelect(e.seq)}
              >
                <span className="seq muted">seq {e.seq}</span>
                <span className="dir" aria-hidden="true">
                  {e.kind === "message" ? ARROW[e.dir] : "·"}
                </span>
                <span className="label">{shownName(shortLabelOf(e, 160))}</span>
                <span className="muted small">{shownName(idLabelOf(e))}</span>
                {failing.has(e.seq) && <span className="badge fail">failed step</span>}
                {marks > 0 && <span className="badge lint">{marks} lint</span>}
                <span className="time muted small">{formatTime(e.t)}</span>
              </button>
            </li>
          );
        })}
      </ol>
      {shown.length < entries.length && (
        <button type="button" className="btn-small" onClick={() => setLimit((n) => n + PAGE_ROWS)}>
          Show {Math.min(PAGE_ROWS, entries.length - shown.length)} more of {entries.length - shown.length}
        </button>
      )}
    </section>
  );
}
