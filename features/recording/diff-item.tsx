import type { ReplayItem, ReplayStatus } from "../../lib/session/replay-result";
import { visible } from "../../lib/text/visible";
import { asRecord, objectOr } from "../../lib/json/shape";

export interface DiffItemProps {
  item: ReplayItem;
  onShowEntry(seq: number): void;
  /** Shown after the diff (a replayed call's live App). */
  children?: React.ReactNode;
}

const STATUS: Record<ReplayStatus, { label: string; cls: string }> = {
  same: { label: "same", cls: "badge-ok" },
  changed: { label: "changed", cls: "badge-danger" },
  "new-error": { label: "new error", cls: "badge-danger" },
  "fixed-error": { label: "error gone", cls: "badge-warn" },
  "no-response": { label: "no response", cls: "badge-danger" },
  sent: { label: "sent", cls: "badge-off" },
  cancelled: { label: "cancelled, not sent", cls: "badge-off" },
};

/** A value in a diff cell: JSON, shortened; shown as text, never as markup. */
function show(v: unknown): string {
  if (v === undefined) return "—";
  const s = typeof v === "string" ? JSON.stringify(v) : JSON.stringify(v, null, 1);
  return s.length > 400 ? `${s.slice(0, 400)}…` : s;
}

function subject(item: ReplayItem): string {
  const p = objectOr(item.params);
  return typeof p?.name === "string" ? p.name : typeof p?.uri === "string" ? p.uri : "";
}

function errorOf(v: unknown): string | undefined {
  const e = objectOr(asRecord(v).error);
  return e ? `${String(e.code)} ${String(e.message)}` : undefined;
}

/** One replayed request: its verdict and, when it changed, the structural diff with paths. */
export function DiffItem({ item, onShowEntry, children }: DiffItemProps) {
  const st = STATUS[item.status];
  return (
    <li className={`diff-item diff-${item.status}`} data-testid="diff-item" data-status={item.status} data-method={item.method}>
      <div className="diff-item-head">
        <span className={`badge ${st.cls}`}>{st.label}</span>
        <code>{visible(item.method)}</code>
        {subject(item) && <span className="muted">{visible(subject(item))}</span>}
        <span className="header-spacer" />
        <button
          type="button"
          className="btn-small"
          onClick={() => onShowEntry(item.recordedSeq)}
          aria-label={`Show recorded request ${item.recordedSeq}`}
        >
          seq {item.recordedSeq}
        </button>
      </div>
      {item.note && <p className="muted small">{visible(item.note)}</p>}
      {item.status === "new-error" && <p className="small">Now answers with error {errorOf(item.replayed) ?? ""}</p>}
      {item.status === "fixed-error" && <p className="small">Recorded error {errorOf(item.recorded) ?? ""}; now answers with a result.</p>}
      {item.diff.length > 0 && (
        <table className="diff-table" data-testid="diff-ops">
          <thead>
            <tr>
              <th scope="col">path</th>
              <th scope="col">recorded</th>
              <th scope="col">now</th>
            </tr>
          </thead>
          <tbody>
            {item.diff.map((d, i) => (
              <tr key={i} className={`diff-op diff-op-${d.op}`} data-testid="diff-op">
                <td>
                  <code data-testid="diff-path">{d.path}</code>
                  {d.op !== "changed" && <span className="muted small"> {d.op}</span>}
                </td>
                <td>
                  <pre className="diff-before">{show(d.before)}</pre>
                </td>
                <td>
                  <pre className="diff-after">{show(d.after)}</pre>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {children}
    </li>
  );
}
