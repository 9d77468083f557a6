import type { BlockedLoad } from "../../lib/apps/csp-blocked";
import { cspDeclarationOf, distinctBlocked } from "../../lib/apps/csp-blocked";
import { visible } from "../../lib/text/visible";

export interface AppCspBlockedProps {
  /** What the App's CSP refused that a declaration would allow, in the order refused. */
  loads: readonly BlockedLoad[];
  /** The server declared a CSP (openai/widgetCSP or _meta.ui.csp) for this resource. */
  declared: boolean;
  /** ChatGPT's profile: the declaration is said as openai/widgetCSP first. */
  openai: boolean;
  onRelax(): void;
}

/**
 * In the stage, where the App should be: which URLs its CSP refused, what the server would
 * declare to allow them, and the one way to see the App anyway (relaxed: the refused origins
 * allowed for this page session; a real host would refuse them too).
 */
export function AppCspBlocked({ loads, declared, openai, onRelax }: AppCspBlockedProps) {
  const shown = loads.slice(0, 5);
  const origins = distinctBlocked(loads).map((l) => l.origin);
  return (
    <div className="app-csp-blocked" role="alert" data-testid="app-csp-blocked">
      <p>
        <strong>The App&apos;s CSP refused what it loads</strong>, so it may show blank or broken.{" "}
        {declared ? "Its server's CSP does not name" : "Its server declares no CSP, so nothing outside the App's document is allowed:"}{" "}
        {origins.length === 1 ? "the origin below." : `these ${origins.length} origins.`}
      </p>
      <ul className="app-csp-blocked-list">
        {shown.map((l, i) => (
          <li key={i}>
            <code>{visible(l.directive)}</code> refused <code data-testid="app-csp-blocked-url">{visible(l.url)}</code>
          </li>
        ))}
        {loads.length > shown.length && <li className="muted">and {loads.length - shown.length} more (Problems lists each)</li>}
      </ul>
      <p className="small">
        To allow it, the resource&apos;s <code>_meta</code> declares {openai ? "(ChatGPT)" : "(MCP Apps)"}{" "}
        <code data-testid="app-csp-declare">{visible(cspDeclarationOf(loads, openai))}</code>
        {openai ? (
          <>
            {" "}
            or, for MCP Apps hosts, <code>{visible(cspDeclarationOf(loads, false))}</code>
          </>
        ) : null}
        .
      </p>
      <button type="button" className="btn-small" onClick={onRelax}>
        Show it relaxed: allow {origins.length === 1 ? "this origin" : "these origins"} for this session
      </button>
    </div>
  );
}

export interface AppCspRelaxedProps {
  /** The origins allowed beyond the declared CSP. */
  origins: readonly string[];
  /** What the relaxed document was refused still (another origin), in the order refused. */
  more?: readonly BlockedLoad[];
  /** Allows these loads' origins too (one more relaxation, said like the first). */
  onAllow?(loads: readonly BlockedLoad[]): void;
  onStrict(): void;
}

/**
 * Said wherever a relaxed App shows: it runs with origins its server does not declare; and each origin its document was refused after that, with its own one-click allowance
 * (pizzaz's images come from another origin than its script: issue 92).
 */
export function AppCspRelaxed({ origins, more = [], onAllow, onStrict }: AppCspRelaxedProps) {
  const refused = distinctBlocked(more);
  return (
    <div className="app-csp-relaxed" role="note" data-testid="app-csp-relaxed">
      <p>
        <strong>CSP relaxed</strong>: this App runs with{" "}
        <span data-testid="app-csp-relaxed-origins">{origins.map(visible).join(", ")}</span> allowed, which its server does not declare; a
        real host refuses {origins.length === 1 ? "it" : "them"}.{" "}
        <button type="button" className="btn-small" onClick={onStrict}>
          Back to the declared CSP
        </button>
      </p>
      {refused.length > 0 && onAllow && (
        <ul className="app-csp-blocked-list" data-testid="app-csp-more" aria-label="Refused after relaxing">
          {refused.map((l) => (
            <li key={`${l.field.field} ${l.origin}`}>
              Still refused: <code>{visible(l.directive)}</code> <code data-testid="app-csp-more-url">{visible(l.url)}</code>{" "}
              <button type="button" className="btn-small" onClick={() => onAllow(more.filter((m) => m.origin === l.origin))}>
                Allow {visible(l.origin)} too
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
