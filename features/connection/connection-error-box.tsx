import type { ConnectError } from "../../lib/wire/session-state";

const TITLE: Record<ConnectError["kind"], string> = {
  "command-not-found": "Command not found",
  exited: "The server exited",
  "http-status": "The server answered with an HTTP error",
  "connection-refused": "Connection refused",
  "initialize-timeout": "initialize timed out",
  "protocol-version": "Protocol version not supported",
  "invalid-target": "Invalid target",
  "auth-required": "The server wants you to log in",
  other: "Connection failed",
};

/** Why the connection failed, in words, with the target's last stderr lines. */
export function ConnectionErrorBox({ error }: { error: ConnectError }) {
  return (
    <div className="error-box" role="alert" data-testid="connection-error">
      <strong>{TITLE[error.kind]}</strong>
      <p>{error.message}</p>
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
          <pre className="stderr-tail">{error.stderrTail.join("\n")}</pre>
        </>
      )}
    </div>
  );
}
