import type { LintMark } from "../../client/lint-store";

/** A timeline row's lint marker: the worst severity as a colour, and how many findings. */
export function LintMarker({ mark }: { mark: LintMark }) {
  const words = `${mark.count} ${mark.count === 1 ? "problem" : "problems"}, worst: ${mark.severity}`;
  return (
    <span className={`lint-marker lint-${mark.severity}`} title={words} data-testid="lint-marker" data-severity={mark.severity}>
      <span aria-hidden="true">{mark.severity === "error" ? "✖" : mark.severity === "warning" ? "▲" : "i"}</span>
      {mark.count > 1 && <span aria-hidden="true">{mark.count}</span>}
      <span className="sr-only">{words}</span>
    </span>
  );
}
