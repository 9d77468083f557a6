import type { HandledRow } from "./handled-requests";
import { shownName } from "../../components/shown-text";

const LABEL: Record<HandledRow["outcome"], string> = {
  answered: "answered",
  rejected: "rejected",
  "timed-out": "timed out",
  error: "error",
  unanswered: "no answer",
};

/** Requests the server sent that are no longer waiting, newest first, with how each ended. */
export function HandledRequestsList({
  rows,
  onShowEntry,
  onClear,
}: {
  rows: HandledRow[];
  onShowEntry(seq: number): void;
  onClear(): void;
}) {
  if (rows.length === 0) return null;
  return (
    <section className="card" aria-labelledby="handled-heading">
      <div className="list-head">
        <h3 id="handled-heading">Handled (this connection)</h3>
        <button type="button" className="btn-small" onClick={onClear}>
          Clear
        </button>
      </div>
      <ol className="plain-list handled-list" data-testid="handled-requests">
        {rows.map((r) => (
          <li key={r.seq} className={`handled handled-${r.outcome}`} data-outcome={r.outcome}>
            <span className={`badge ${r.outcome === "answered" ? "badge-ok" : r.outcome === "unanswered" ? "" : "badge-danger"}`}>
              {LABEL[r.outcome]}
            </span>{" "}
            {r.by === "agent" && (
              <>
                <span
                  className="badge badge-warn"
                  data-testid="answered-by-agent"
                  title="answered by the coding agent attached to this session, not by you"
                >
                  by the agent
                </span>{" "}
              </>
            )}
            <code>{shownName(r.method)}</code> <span className="handled-detail">{shownName(r.detail)}</span>{" "}
            <button type="button" className="btn-small" onClick={() => onShowEntry(r.responseSeq ?? r.seq)}>
              seq {r.responseSeq ?? r.seq}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
