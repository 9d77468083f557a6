import { linkable, specLabel } from "./auth-flow";

/**
 * The spec section a decision or problem cites, as a plain link in a new tab that tells the
 * spec site nothing of this page; a URL that is not http(s) is shown as text, never linked.
 */
export function AuthSpecLink({ href }: { href?: string }) {
  if (!href) return null;
  const safe = linkable(href);
  if (!safe) return <span className="muted small auth-spec">{href}</span>;
  return (
    <a className="auth-spec small" href={safe} target="_blank" rel="noopener noreferrer">
      {specLabel(safe)}
      <span className="sr-only"> (opens the specification in a new tab)</span>
    </a>
  );
}
