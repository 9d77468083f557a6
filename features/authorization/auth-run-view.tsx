import type { AuthItem, AuthRun } from "./auth-flow";
import { STEP_TITLES } from "./auth-flow";
import { formatTime } from "../../lib/record/entry-facts";
import { AuthExchangeView } from "./auth-exchange-view";
import { AuthDecisionView, AuthOutcomeView, AuthProblemView } from "./auth-event-view";

function ItemView({ item, now }: { item: AuthItem; now: number }) {
  const e = item.event;
  switch (e.type) {
    case "exchange":
      return <AuthExchangeView exchange={e} t={item.t} />;
    case "decision":
      return <AuthDecisionView decision={e} />;
    case "problem":
      return <AuthProblemView problem={e} />;
    case "outcome":
      return <AuthOutcomeView outcome={e} t={item.t} now={now} />;
  }
}

/**
 * One run of the flow, step by step in the order MCP authorization meets them; a step with an
 * error or a warning says so in its heading. Earlier runs start folded, the current one open.
 */
export function AuthRunView({ run, index, latest, now }: { run: AuthRun; index: number; latest: boolean; now: number }) {
  const only = run.steps.length === 1 && run.steps[0].items.length === 1 ? run.steps[0].items[0] : undefined;
  // A run that is only its outcome (tokens forgotten) is one line, not a fold.
  if (only?.event.type === "outcome") return <AuthOutcomeView outcome={only.event} t={only.t} now={now} />;
  const first = run.steps[0]?.items[0];
  const failed = run.outcome?.outcome === "failed";
  return (
    <details className="auth-run" open={latest || failed} data-testid="auth-run" data-outcome={run.outcome?.outcome ?? "running"}>
      <summary>
        <strong>Flow {index + 1}</strong>
        {first && <span className="muted small"> · started {formatTime(first.t)}</span>}
        <span className={`auth-run-state auth-run-${run.outcome?.outcome ?? "running"}`}>
          {" "}
          · {run.outcome ? run.outcome.outcome : "in progress…"}
        </span>
      </summary>
      <ol className="auth-steps">
        {run.steps.map((g) => (
          <li key={g.step} className={`auth-step${g.worst ? ` auth-step-${g.worst}` : ""}`} data-testid="auth-step" data-step={g.step}>
            <h4>
              {STEP_TITLES[g.step]}
              {g.worst && <span className={`badge sev-badge sev-${g.worst}`}>{g.worst}</span>}
            </h4>
            {g.items.map((it) => (
              <ItemView key={it.seq} item={it} now={now} />
            ))}
          </li>
        ))}
      </ol>
    </details>
  );
}
