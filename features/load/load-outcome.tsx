import type { LoadProgress, LoadReport } from "../../lib/load/summary";
import { shownName } from "../../components/shown-text";

const n = (x: number) => x.toLocaleString("en-US");

/**
 * What a run with failures must say before any figure (issue 39: 135,192 failed calls looked like
 * a normal run): how many failed, the first error's message, and a count per distinct error.
 * Nothing when every call succeeded.
 */
export function LoadOutcome({ report, progress }: { report?: LoadReport; progress?: LoadProgress }) {
  const counts = report?.result ?? progress;
  if (!counts) return null;
  const failed = counts.errors + counts.toolErrors;
  if (failed === 0) return null;
  const all = failed === counts.requests;
  const kinds = report
    ? [
        ...report.result.errorMessages.map((e) => ({ ...e, kind: "failed" })),
        ...report.details.toolErrorMessages.map((e) => ({ ...e, kind: "tool error" })),
      ].sort((a, b) => b.count - a.count)
    : [];
  return (
    <div className="load-outcome" role="alert" data-testid="load-outcome">
      <p className="load-outcome-head">
        {all ? `Every call failed: ${n(failed)} of ${n(counts.requests)}` : `${n(failed)} of ${n(counts.requests)} calls failed`}
        {report ? "" : " so far"}
        {kinds[0] && (
          <>
            {" "}
            — <span className="load-outcome-first">{shownName(kinds[0].message)}</span>
          </>
        )}
      </p>
      {kinds.length > 0 && (
        <ul className="load-errors" aria-label="Errors by message">
          {kinds.map((e) => (
            <li key={`${e.kind}:${e.message}`}>
              ×{n(e.count)} <span className="muted">{e.kind}:</span> {shownName(e.message)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
