import type { Verdict, VerdictCheck } from "../../lib/session/verdicts";
import { ServerText } from "../../components/server-text";
import { inertJson } from "../../lib/text/visible";

export interface VerdictDetailProps {
  verdict: Verdict;
  onJump(seq: number): void;
}

const HEAD: Record<Verdict["status"], string> = {
  pass: "passed",
  fail: "failed",
  error: "could not run",
  warn: "warned (below --fail-on: the run did not fail on it)",
  skipped: "was skipped",
};
const WHO: Record<Verdict["source"], string> = { test: "Step", check: "Probe", replay: "Replayed request" };

/**
 * What the run that saved a recording judged of the selected entry: the step or probe, whether it
 * passed, and each expectation's expected value beside the actual one. Every value is the file's
 * (the server's answer, the test's text): shown as text, escaped.
 */
export function VerdictDetail({ verdict: v, onJump }: VerdictDetailProps) {
  const checks: VerdictCheck[] = v.checks?.length
    ? v.checks
    : v.expected !== undefined || v.actual !== undefined
      ? [{ label: v.message ?? v.name, pass: v.status === "pass", message: v.message ?? "", expected: v.expected, actual: v.actual }]
      : [];
  return (
    <section
      className={`verdict-detail verdict ${v.status === "fail" || v.status === "error" ? "verdict-invalid" : v.status === "warn" ? "verdict-warn" : "verdict-valid"}`}
      aria-label="Verdict"
      data-testid="verdict-detail"
      data-status={v.status}
    >
      <p>
        <strong>
          {WHO[v.source]} “<ServerText text={v.name} />” {HEAD[v.status]}
        </strong>
        {v.requestSeq !== undefined && v.responseSeq !== undefined && (
          <span className="muted small">
            {" "}
            (request{" "}
            <button type="button" className="linklike" onClick={() => onJump(v.requestSeq!)}>
              seq {v.requestSeq}
            </button>
            , response{" "}
            <button type="button" className="linklike" onClick={() => onJump(v.responseSeq!)}>
              seq {v.responseSeq}
            </button>
            )
          </span>
        )}
      </p>
      {v.message && !checks.length && (
        <p>
          <ServerText text={v.message} />
        </p>
      )}
      {checks.length > 0 && (
        <table className="verdict-table">
          <thead>
            <tr>
              <th scope="col">Expectation</th>
              <th scope="col">Expected</th>
              <th scope="col">Actual</th>
            </tr>
          </thead>
          <tbody>
            {checks.map((c, i) => (
              <tr key={i} data-pass={c.pass}>
                <td>
                  {c.pass ? "✓" : "✗"} <ServerText text={c.label} />
                </td>
                <td>
                  <pre className="json" data-testid="verdict-expected">
                    {shown(c.expected)}
                  </pre>
                </td>
                <td>
                  <pre className="json" data-testid="verdict-actual">
                    {shown(c.actual)}
                  </pre>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function shown(v: unknown): string {
  return v === undefined ? "(nothing)" : inertJson(JSON.stringify(v, null, 2) ?? String(v));
}
