import type { Verdict } from "../../lib/session/verdicts";
import { verdictFailed } from "../../lib/session/verdicts";
import { ServerText } from "../../components/server-text";

export interface VerdictListProps {
  verdicts: readonly Verdict[];
  onShowEntry(seq: number): void;
}

/**
 * What the run that saved the recording judged, at the top of the recording: the tally, and each
 * failing step or probe with its reason, a link to its rows in the timeline (where the detail
 * shows expected beside actual).
 */
export function VerdictList({ verdicts, onShowEntry }: VerdictListProps) {
  const failing = verdicts.filter(verdictFailed);
  const warned = verdicts.filter((v) => v.status === "warn");
  const passed = verdicts.filter((v) => v.status === "pass").length;
  return (
    <section
      className={`card verdict-list verdict ${failing.length ? "verdict-invalid" : warned.length ? "verdict-warn" : "verdict-valid"}`}
      aria-labelledby="verdicts-heading"
      data-testid="recording-verdicts"
    >
      <h2 id="verdicts-heading">
        {failing.length ? `${failing.length} failed` : "Nothing failed"}, {passed} passed
        {warned.length ? `, ${warned.length} warned` : ""}
      </h2>
      {[...failing, ...warned].length > 0 && (
        <ul>
          {[...failing, ...warned].map((v, i) => (
            <li key={i} data-testid="failing-verdict" data-status={v.status}>
              <strong>
                <ServerText text={v.name} />
              </strong>
              {v.message && (
                <>
                  : <ServerText text={v.message} />
                </>
              )}{" "}
              {(v.responseSeq ?? v.requestSeq) !== undefined && (
                <button type="button" className="linklike" onClick={() => onShowEntry((v.responseSeq ?? v.requestSeq)!)}>
                  show seq {v.responseSeq ?? v.requestSeq}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
