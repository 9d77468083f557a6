import { hostOf } from "../../components/external-url";

/**
 * A login waiting for the person: the authorization server's page, in a new tab that learns
 * nothing of this one. The URL came from the server's metadata, so only http(s) is a link.
 */
export function LoginLink({ url, className = "auth-login" }: { url: string; className?: string }) {
  const host = hostOf(url);
  return (
    <p className={className} role="status" data-testid="auth-login">
      <span>The server wants you to log in{host ? ` at ${host}` : ""}.</span>{" "}
      {host ? (
        <a className="btn-primary btn-link" href={url} target="_blank" rel="noopener noreferrer" data-testid="auth-login-link">
          Log in
          <span className="sr-only"> (opens the authorization server in a new tab)</span>
        </a>
      ) : (
        <span className="muted">(its login URL is not http(s): {url})</span>
      )}{" "}
      <span className="muted small">The page connects by itself once you are back.</span>
    </p>
  );
}
