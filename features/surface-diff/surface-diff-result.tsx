import { groupChanges, sideText, type SurfaceDiff } from "../../lib/surface";
import { ChangeRow } from "./change-row";

/** The classified changes between two surfaces, grouped by area; "no differences" when there are none; what could not be compared. */
export function SurfaceDiffResult({ diff }: { diff: SurfaceDiff }) {
  const groups = groupChanges(diff);
  return (
    <div className="diff-result" data-testid="diff-result">
      <dl className="facts diff-sides-facts">
        <dt>old</dt>
        <dd data-testid="diff-old">{sideText(diff.a)}</dd>
        <dt>new</dt>
        <dd data-testid="diff-new">{sideText(diff.b)}</dd>
      </dl>
      <p
        className={`diff-summary${groups.length ? "" : " diff-none"}${diff.summary.breaking ? " diff-has-breaking" : ""}`}
        data-testid="diff-summary"
        role="status"
      >
        {groups.length
          ? `${diff.summary.breaking} breaking, ${diff.summary.compatible} compatible`
          : diff.notes.length
            ? "no differences in what was compared (see below)"
            : "no differences"}
      </p>
      {!groups.length && (
        <p className="muted small">
          {diff.compared.length} things compared (negotiation, tools, prompts, resources, templates): all the same.
        </p>
      )}
      {groups.map((g) => (
        <section key={g.area} className="diff-group" aria-labelledby={`diff-group-${g.area}`} data-testid={`diff-group-${g.area}`}>
          <h3 id={`diff-group-${g.area}`}>
            {g.title}{" "}
            <span className="muted small">
              ({g.breaking ? `${g.breaking} breaking, ` : ""}
              {g.changes.length - g.breaking} compatible)
            </span>
          </h3>
          <ul className="diff-changes">
            {g.changes.map((c, i) => (
              <ChangeRow key={i} change={c} />
            ))}
          </ul>
        </section>
      ))}
      {diff.notes.length > 0 && (
        <section className="diff-notes notice" aria-labelledby="diff-notes-heading" data-testid="diff-notes">
          <h3 id="diff-notes-heading">Not compared, or worth knowing</h3>
          <ul>
            {diff.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
