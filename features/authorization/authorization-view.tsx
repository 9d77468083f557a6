import type { AuthorizationState } from "../../lib/session/state";
import type { AuthEntry } from "../../lib/record/format";
import { EmptyState } from "../../components/empty-state";
import { authRuns } from "./auth-flow";
import { AuthRunView } from "./auth-run-view";
import { AuthorizationSummary } from "./authorization-summary";

export interface AuthorizationViewProps {
  entries: readonly AuthEntry[];
  authorization?: AuthorizationState;
  /** Wall-clock now, for expiries ("in 59 min"). */
  now: number;
  forgetting?: boolean;
  forgetError?: string;
  onForget(): void;
}

/**
 * The OAuth debugger: what the backend holds now, then every run of the flow step by step (each
 * HTTP exchange, each choice and why, each problem with its spec section, the outcome) as the
 * record's auth entries arrive.
 */
export function AuthorizationView({ entries, authorization, now, forgetting = false, forgetError, onForget }: AuthorizationViewProps) {
  const runs = authRuns(entries);
  return (
    <section className="card auth-view" aria-labelledby="auth-view-heading" data-testid="auth-view">
      <h3 id="auth-view-heading">Authorization (OAuth)</h3>
      <AuthorizationSummary authorization={authorization} now={now} forgetting={forgetting} onForget={onForget} />
      {forgetError && (
        <p className="form-error" role="alert">
          {forgetError}
        </p>
      )}
      {runs.length === 0 ? (
        <EmptyState
          title="No authorization yet: HTTP targets that answer 401 run the flow here"
          text="Each step shows its request and response, what was chosen and why, and what was wrong, with its spec section."
        />
      ) : (
        <div className="auth-runs" aria-live="polite">
          {runs.map((r, i) => (
            <AuthRunView key={r.firstSeq} run={r} index={i} latest={i === runs.length - 1} now={now} />
          ))}
        </div>
      )}
    </section>
  );
}
