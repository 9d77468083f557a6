import { inertJson } from "../../lib/text/visible";
import { changePath, changeSubject, type SurfaceChange } from "../../lib/surface";
import { shownName } from "../../components/shown-text";

/**
 * One change in the words of `inspector diff`'s text output, with its rule's reason and the values
 * before and after. Server content (names, descriptions, schemas) is shown as text, never markup.
 */
export function ChangeRow({ change: c }: { change: SurfaceChange }) {
  const breaking = c.severity === "breaking";
  return (
    <li className={`diff-change diff-${c.severity}`} data-testid="diff-change" data-severity={c.severity}>
      <div className="diff-change-line">
        <span className={`badge ${breaking ? "badge-danger" : "badge-ok"}`}>{breaking ? "BREAKING" : "compatible"}</span>
        <span className="diff-change-text">
          {shownName(changeSubject(c))}
          {shownName(c.message)}
          {changePath(c) && <code className="diff-path">{shownName(changePath(c).trim())}</code>}
        </span>
      </div>
      <details className="diff-change-more">
        <summary className="small muted">why: {c.why}</summary>
        <p className="small muted">rule {c.rule}</p>
        {c.before !== undefined && <Value label="before" value={c.before} />}
        {c.after !== undefined && <Value label="after" value={c.after} />}
      </details>
    </li>
  );
}

function Value({ label, value }: { label: string; value: unknown }) {
  return (
    <div className="diff-value">
      <span className="small muted">{label}</span>
      <pre>{inertJson(JSON.stringify(value, null, 2) ?? "")}</pre>
    </div>
  );
}
