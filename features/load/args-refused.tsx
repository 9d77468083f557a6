import { shownName } from "../../components/shown-text";
/** One way the arguments break the inputSchema: where (a JSON pointer) and what. */
export interface ArgProblem {
  path: string;
  message: string;
}

/**
 * The arguments break the tool's inputSchema: a load run refuses them as Run tool does, and, as
 * Run does, lets a person send them on purpose (this is a test tool).
 */
export function ArgsRefused({
  problems,
  onSendAnyway,
  onCancel,
}: {
  problems: readonly ArgProblem[];
  onSendAnyway(): void;
  onCancel(): void;
}) {
  return (
    <div className="load-args-refused" role="alert">
      <p className="form-error">
        Not started: the arguments break the tool&apos;s inputSchema, and every call would be refused or fail. Fix the form above, or send
        them anyway.
      </p>
      <ul className="problems" aria-label="Problems with the arguments">
        {problems.map((p, i) => (
          <li key={i}>
            <code>{shownName(p.path || "/")}</code> {shownName(p.message)}
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <button type="button" className="btn btn-small" onClick={onSendAnyway} title="Start the run with these arguments even so">
          Send anyway
        </button>
        <button type="button" className="btn btn-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
