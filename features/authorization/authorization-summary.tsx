import type { AuthorizationState } from "../../lib/session/state";
import { expiryText } from "./auth-flow";

export interface AuthorizationSummaryProps {
  authorization?: AuthorizationState;
  now: number;
  forgetting: boolean;
  onForget(): void;
}

/** What the backend holds for this target, masked (the token itself never reaches the page), and "Forget tokens". */
export function AuthorizationSummary({ authorization: a, now, forgetting, onForget }: AuthorizationSummaryProps) {
  return (
    <div className="auth-summary" data-testid="auth-summary" data-authorized={a?.authorized ?? false}>
      <dl className="auth-facts">
        <dt>Status</dt>
        <dd className={a?.authorized ? "auth-yes" : "auth-no"}>{a?.authorized ? "authorized" : "not authorized"}</dd>
        {a?.token && (
          <>
            <dt>Access token</dt>
            <dd>
              <code>{a.token}</code>
            </dd>
          </>
        )}
        {a?.scope && (
          <>
            <dt>Scope</dt>
            <dd>{a.scope}</dd>
          </>
        )}
        {a?.expiresAt !== undefined && (
          <>
            <dt>Expires</dt>
            <dd title={new Date(a.expiresAt).toISOString()}>{expiryText(a.expiresAt, now)}</dd>
          </>
        )}
        {a?.clientId && (
          <>
            <dt>Client id</dt>
            <dd>
              <code>{a.clientId}</code>
            </dd>
          </>
        )}
        {a && (
          <>
            <dt>Refresh token</dt>
            <dd>{a.hasRefreshToken ? "yes" : "no"}</dd>
          </>
        )}
      </dl>
      <div className="button-row">
        <button
          type="button"
          onClick={onForget}
          disabled={!a || forgetting}
          title="The backend drops the access and refresh tokens it holds; the registered client stays. The next 401 runs the flow again."
        >
          {forgetting ? "Forgetting…" : "Forget tokens"}
        </button>
      </div>
    </div>
  );
}
