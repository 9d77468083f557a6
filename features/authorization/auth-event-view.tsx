import type { AuthDecision, AuthOutcome, AuthProblem } from "../../lib/auth/steps";
import { formatTime } from "../../lib/record/entry-facts";
import { AuthSpecLink } from "./auth-spec-link";
import { expiryText } from "./auth-flow";
import { shownName } from "../../components/shown-text";

/** "chose … because …": what the client picked at this step and why. */
export function AuthDecisionView({ decision }: { decision: AuthDecision }) {
  return (
    <p className="auth-decision" data-testid="auth-decision">
      <span className="auth-tag">chose</span> <strong>{decision.chose}</strong> <span className="muted">because</span>{" "}
      {shownName(decision.why)} <AuthSpecLink href={decision.spec} />
    </p>
  );
}

/** Something wrong at a step: red when it ended the flow, amber when it was worked around. */
export function AuthProblemView({ problem }: { problem: AuthProblem }) {
  return (
    <p className={`auth-problem auth-problem-${problem.severity}`} data-testid="auth-problem" data-severity={problem.severity}>
      <span className={`badge sev-badge sev-${problem.severity}`}>{problem.severity}</span> {shownName(problem.message)}{" "}
      <AuthSpecLink href={problem.spec} />
    </p>
  );
}

const OUTCOME_WORDS: Record<AuthOutcome["outcome"], string> = {
  authorized: "Authorized",
  refreshed: "Token refreshed",
  forgotten: "Tokens forgotten",
  failed: "Authorization failed",
};

/** How the run ended: a token held (masked), forgotten, or the flow given up and why. */
export function AuthOutcomeView({ outcome, t, now }: { outcome: AuthOutcome; t: number; now: number }) {
  return (
    <div className={`auth-outcome auth-outcome-${outcome.outcome}`} data-testid="auth-outcome" data-outcome={outcome.outcome}>
      <strong>{OUTCOME_WORDS[outcome.outcome]}</strong>
      <span className="muted small"> at {formatTime(t)}</span>
      {outcome.token && <code className="auth-token"> {outcome.token}</code>}
      {outcome.scope && <span className="small"> · scope {shownName(outcome.scope)}</span>}
      {outcome.expiresAt !== undefined && <span className="small"> · expires {expiryText(outcome.expiresAt, now)}</span>}
      {outcome.message && (
        <p className="small">
          {shownName(outcome.message ?? "")} <AuthSpecLink href={outcome.spec} />
        </p>
      )}
    </div>
  );
}
