import type { AuthExchange } from "../../lib/auth/steps";
import { formatTime } from "../../lib/record/entry-facts";
import { BoundedText } from "./bounded-text";
import { headerLines } from "./auth-flow";
import { shownName, shownProse } from "../../components/shown-text";

/** The status class of a response, for its colour (the number is always shown too). */
function statusTone(status?: number): string {
  if (status === undefined) return "auth-status-none";
  return status >= 200 && status < 300 ? "auth-status-ok" : status >= 300 && status < 400 ? "auth-status-redirect" : "auth-status-bad";
}

/**
 * One HTTP exchange of the flow: a one-line summary (method, URL, status, time) that opens to the
 * request and the response as the client saw them. Everything here came from a server: text only.
 */
export function AuthExchangeView({ exchange, t }: { exchange: AuthExchange; t: number }) {
  const { request, response } = exchange;
  return (
    <details className="auth-exchange" data-testid="auth-exchange" data-step={exchange.step} data-status={response?.status ?? "none"}>
      <summary>
        <span className={`auth-status ${statusTone(response?.status)}`}>{response ? response.status : "no response"}</span>
        <span className="auth-method">{request.method}</span>
        <span className="auth-url">{shownName(request.url)}</span>
        <span className="muted small auth-time">
          {formatTime(t)} · {Math.round(exchange.ms)} ms
        </span>
      </summary>
      <div className="auth-exchange-body">
        <h5>Request</h5>
        <pre className="auth-headers" aria-label="Request line and headers" tabIndex={0}>
          {shownProse(`${request.method} ${request.url}\n${headerLines(request.headers)}`.trimEnd())}
        </pre>
        {request.body !== undefined && request.body !== "" && <BoundedText text={request.body} label="Request body" />}
        <h5>Response</h5>
        {exchange.error && <p className="auth-problem auth-problem-error">{shownProse(exchange.error)}</p>}
        {response ? (
          <>
            <pre className="auth-headers" aria-label="Response status and headers" tabIndex={0}>
              {shownProse(`${response.status}\n${headerLines(response.headers)}`.trimEnd())}
            </pre>
            {response.body !== "" ? (
              <BoundedText text={response.body} label="Response body" />
            ) : (
              <p className="muted small">(empty body)</p>
            )}
            {response.truncated && <p className="muted small">The body was cut by the inspector at 4,096 characters.</p>}
          </>
        ) : (
          !exchange.error && <p className="muted small">No response.</p>
        )}
      </div>
    </details>
  );
}
