import { inertJson, visible } from "../../lib/text/visible";
import type { ShownVerdict } from "./verdicts";

export interface VerdictListProps {
  verdicts: readonly ShownVerdict[];
  onShowEntry(seq: number): void;
}

/** Each step's or probe's verdict, the failing ones first: expected beside actual, and the entries it is about. */
export function VerdictList({ verdicts, onShowEntry }: VerdictListProps) {
  const failing = verdicts.filter((v) => v.passed === false);
  const ordered = [...failing, ...verdicts.filter((v) => v.passed !== false)];
  return (
    <section aria-labelledby="verdicts-heading" data-testid="viewer-verdicts">
      <h2 id="verdicts-heading">
        Verdicts{" "}
        <span className="muted small">
          {failing.length ? `${failing.length} of ${verdicts.length} failed` : `${verdicts.length}, none failed`}
        </span>
      </h2>
      <ol className="verdict-list">
        {ordered.map((v, i) => (
          <li
            key={i}
            className={`verdict ${v.passed === false ? "fail" : v.passed ? "pass" : "unknown"}`}
            data-testid="viewer-verdict"
            data-passed={String(v.passed)}
          >
            <div className="verdict-head">
              <span className="badge">{v.passed === false ? "fail" : v.passed ? "pass" : "?"}</span> <strong>{visible(v.name)}</strong>
              {v.seqs.map((s) => (
                <button key={s} type="button" className="btn-small" onClick={() => onShowEntry(s)}>
                  seq {s}
                </button>
              ))}
            </div>
            {("expected" in v || "actual" in v) && (
              <div className="expected-actual">
                <div>
                  <span className="muted small">expected</span>
                  <pre data-testid="verdict-expected">{shown(v.expected)}</pre>
                </div>
                <div>
                  <span className="muted small">actual</span>
                  <pre data-testid="verdict-actual">{shown(v.actual)}</pre>
                </div>
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** A value as text: strings as they are, the rest as JSON; escaped (React) and invisible characters made visible. */
function shown(v: unknown): string {
  if (v === undefined) return "(none)";
  return typeof v === "string" ? visible(v) : inertJson(JSON.stringify(v, null, 2) ?? String(v));
}
