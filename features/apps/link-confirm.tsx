import { linkViewOf } from "../../lib/apps/link-view";
import { useArmed } from "./use-armed";

/**
 * An App asked to open a link: the person decides (http(s) only reach this point). The host it
 * really goes to comes first, the URL is shown with every invisible or bidi character escaped,
 * and a user name before "@", a mixed-script or non-ASCII host are said in words. Its buttons
 * wait a moment after it appears (useArmed).
 */
export function LinkConfirm({ url, onAnswer }: { url: string; onAnswer(open: boolean): void }) {
  const view = linkViewOf(url);
  const armed = useArmed();
  return (
    <div className="app-link-confirm" role="alertdialog" aria-label="The App asks to open a link">
      <p>
        The App asks to open a link to{" "}
        <strong className="app-link-host" data-testid="app-link-host">
          {view.host || "(no host)"}
        </strong>{" "}
        in a new tab.
      </p>
      <p>
        <code className="app-link-url" dir="ltr">
          {view.shown}
        </code>
      </p>
      {view.warnings.length > 0 && (
        <ul className="app-link-warnings" aria-label="Why to look twice">
          {view.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <button type="button" className="btn-small" disabled={!armed} onClick={() => onAnswer(true)}>
        Open link
      </button>{" "}
      <button type="button" className="btn-small" disabled={!armed} onClick={() => onAnswer(false)}>
        Refuse
      </button>
    </div>
  );
}
