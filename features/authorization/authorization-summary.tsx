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
        {a?.tokenType && (
          <>
            <dt>Sent as</dt>
            <dd data-testid="auth-token-type">
              {a.tokenType === "DPoP" ? (
                <>
                  DPoP: bound to this session&apos;s key, a signed proof with each request{" "}
                  {a.dpopThumbprint && <code title="RFC 7638 thumbprint of the key (the token's cnf.jkt)">{a.dpopThumbprint}</code>}
                </>
              ) : (
                "Bearer"
              )}
            </dd>
          </>
        )}
        {a?.issuer && (
          <>
            <dt>Authorization server</dt>
            <dd>
              <code>{a.issuer}</code>
            </dd>
          </>
        )}
        {a?.issCheck && (
          <>
            <dt title="SEP-2468 (RFC 9207): the authorization response names its issuer, compared as a plain string">Issuer check</dt>
            <dd data-testid="auth-iss-check">{a.issCheck}</dd>
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
