"use client";
import "../../components/failed-start.css";
import { useEffect, useState } from "react";
import type { ConnectError } from "../../lib/session/state";
import { failureHeadline } from "../../components/failure-headline";
import { shownName, shownProse } from "../../components/shown-text";

const TITLE: Record<ConnectError["kind"], string> = {
  "command-not-found": "Command not found",
  exited: "The server exited",
  "http-status": "The server answered with an HTTP error",
  "connection-refused": "Connection refused",
  "initialize-timeout": "initialize timed out",
  "protocol-version": "Protocol version not supported",
  "invalid-target": "Invalid target",
  "auth-required": "The server wants you to log in",
  "session-expired": "The server dropped this session",
  other: "Connection failed",
};

/**
 * Why the connection failed, in words, with the target's last stderr lines; while the engine
 * retries, when it tries next. `title` replaces the heading of the kind when the caller knows better.
 */
export function ConnectionErrorBox({
  error,
  retry,
  title,
  hint,
}: {
  error: ConnectError;
  retry?: { attempt: number; at: number };
  title?: string;
  hint?: string;
}) {
  // The stderr line that says why leads (Node prints its stack and version after it).
  const { telling, rest } = failureHeadline(error.message, error.stderrTail);
  return (
    <div className="error-box" role="alert" data-testid="connection-error" data-kind={error.kind}>
      <strong data-testid="connection-error-title">{title ?? TITLE[error.kind]}</strong>
      {telling && (
        <p className="error-telling" data-testid="connection-error-telling">
          {shownName(telling)}
        </p>
      )}
      <p>{shownProse(rest)}</p>
      {hint && <p className="muted small">{hint}</p>}
      {retry && <RetryLine retry={retry} />}
      {(error.exitCode !== undefined && error.exitCode !== null) || error.signal || error.httpStatus ? (
        <p className="muted small">
          {error.exitCode !== undefined && error.exitCode !== null && `exit code ${error.exitCode} `}
          {error.signal && `signal ${error.signal} `}
          {error.httpStatus && `HTTP ${error.httpStatus}`}
        </p>
      ) : null}
      {error.stderrTail.length > 0 && (
        <>
          <p className="small">Last lines on stderr:</p>
          <pre className="stderr-tail">{error.stderrTail.map(shownName).join("\n")}</pre>
        </>
      )}
    </div>
  );
}

/** "Reconnecting by itself: attempt 3 in 4 s", counting down. */
function RetryLine({ retry }: { retry: { attempt: number; at: number } }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(t);
  }, []);
  const seconds = Math.max(0, Math.ceil((retry.at - now) / 1000));
  return (
    <p className="small" data-testid="reconnect-status">
      Reconnecting by itself: attempt {retry.attempt} {seconds > 0 ? `in ${seconds} s` : "now"}. A new session starts when the server is
      back.
    </p>
  );
}
