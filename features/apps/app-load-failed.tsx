import type { AppError } from "../../lib/apps/app-errors";
import { visible } from "../../lib/text/visible";

/** Past this many, failed loads of one document are counted, not listed (the App's messages have each). */
const SHOWN = 5;

export interface AppLoadFailedProps {
  /** The App's reports of loads that failed (`kind: "load"`, its `source` the URL), in order. */
  failures: readonly AppError[];
  /** The URLs this document's CSP refused, by directive. */
  refused: ReadonlyMap<string, string>;
  /** URLs the CSP notice beside it already names with their directive: not said twice. */
  named?: ReadonlySet<string>;
}

/**
 * On the stage, where an App that lost a script, a style or its data shows blank or half-drawn:
 * each URL it could not load, and why as far as the browser says: the directive of its CSP that
 * refused it, or the network (a server that is down, a name that does not resolve, an error
 * status; an element's error event carries no reason, a fetch's carries the engine's words).
 * The map example's CDN failure was only the App's own console error (issue 92).
 */
export function AppLoadFailed({ failures: all, refused, named }: AppLoadFailedProps) {
  const failures = named ? all.filter((f) => !named.has(f.source ?? "")) : all;
  if (failures.length === 0) return null;
  const shown = failures.slice(0, SHOWN);
  // An element's error event carries no reason: said once under the list, not after each URL (the
  // map example's two CDN URLs each carried the same two lines; the seventh walk).
  const unexplained = shown.some((f) => !refused.has(f.source ?? "") && !/^fetch /.test(f.message));
  return (
    <div className="app-load-failed" role="alert" data-testid="app-load-failed">
      <p>
        <strong>The App could not load {failures.length === 1 ? "a URL" : `${failures.length} URLs`}</strong>, so it may show broken:
      </p>
      <ul>
        {shown.map((f, i) => {
          const url = f.source ?? "";
          const directive = refused.get(url);
          return (
            <li key={i}>
              <code data-testid="app-load-failed-url">{visible(url)}</code>{" "}
              <span data-testid="app-load-failed-why">
                {directive
                  ? `refused by the App's CSP (${visible(directive)})`
                  : /^fetch /.test(f.message)
                    ? `network error: ${visible(f.message.replace(/^fetch \S+ \(|\)$/g, ""))}`
                    : `network error (${visible(f.message.split(" ")[0] || "load")})`}
              </span>
            </li>
          );
        })}
        {failures.length > shown.length && (
          <li className="muted">and {failures.length - shown.length} more (the App&apos;s messages have each)</li>
        )}
      </ul>
      {unexplained && (
        <p className="muted" data-testid="app-load-failed-note">
          The browser gives no reason for a failed script, style sheet or image: its server did not answer (offline, a name that does not
          resolve) or answered with an error status.
        </p>
      )}
    </div>
  );
}
