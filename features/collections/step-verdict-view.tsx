import type { StepVerdict } from "../../lib/wire/collections";

/** A value as the verdict shows it: strings as they are (a diff of text reads better unquoted), the rest as JSON. */
function shown(v: unknown): string {
  if (v === undefined) return "(nothing)";
  if (typeof v === "string") return v;
  return JSON.stringify(v, null, 2) ?? String(v);
}

/**
 * A step's verdict: each expectation passed or failed; a failed one shows what was expected and
 * what came side by side, so the difference is read in one look.
 */
export function StepVerdictView({ verdict }: { verdict: StepVerdict }) {
  return (
    <div className="coll-verdict" data-testid="step-verdict">
      {verdict.message && (
        <p className="coll-verdict-message" role={verdict.status === "failed" ? "alert" : undefined}>
          {verdict.message}
        </p>
      )}
      {verdict.expectations.length > 0 && (
        <ul className="coll-expectations" aria-label="Expectations">
          {verdict.expectations.map((x, i) => {
            const sides = !x.passed && (x.expected !== undefined || x.actual !== undefined);
            return (
              <li key={i} data-testid="expectation" data-passed={x.passed}>
                <span className={`badge ${x.passed ? "badge-ok" : "badge-danger"}`}>{x.passed ? "pass" : "fail"}</span>
                <code className="coll-expectation-label">{x.label}</code>
                {/* Expected and actual say it better than a sentence, when there are both. */}
                {!x.passed && x.message && !sides && <span className="muted small"> {x.message}</span>}
                {sides && (
                  <div className="coll-sides" data-testid="expected-actual">
                    <figure>
                      <figcaption>Expected</figcaption>
                      <pre data-testid="expected">{shown(x.expected)}</pre>
                    </figure>
                    <figure>
                      <figcaption>Actual</figcaption>
                      <pre data-testid="actual">{shown(x.actual)}</pre>
                    </figure>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
