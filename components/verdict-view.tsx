import type { OutputVerdict } from "../lib/wire/protocol";
import { shownName } from "./shown-text";

export interface VerdictViewProps {
  verdict: OutputVerdict | null;
  hasOutputSchema: boolean;
  /** The result has isError: true. */
  isError?: boolean;
  /** The result carries structuredContent. */
  hasStructured?: boolean;
}

/**
 * The backend's check of structuredContent against the tool's outputSchema. A valid verdict may
 * carry notes (a pattern RE2 cannot run is not checked: lib/protocol/output-verdict.ts); they are
 * listed, not hidden behind the tick. An isError result without structuredContent is not checked
 * at all, and says so instead of claiming a valid structuredContent it does not have.
 */
export function VerdictView({ verdict, hasOutputSchema, isError = false, hasStructured = true }: VerdictViewProps) {
  if (!verdict) {
    return hasOutputSchema ? null : (
      <p className="muted small" data-testid="verdict" data-verdict="none">
        No outputSchema: nothing to validate.
      </p>
    );
  }
  if (isError && !hasStructured) {
    return (
      <p className="muted small" data-testid="verdict" data-verdict="not-checked">
        An isError result without structuredContent: the outputSchema does not apply to it.
      </p>
    );
  }
  if (verdict.valid) {
    return (
      <div className="verdict verdict-valid" data-testid="verdict" data-verdict="valid">
        <p>✓ structuredContent is valid against the outputSchema{verdict.errors.length > 0 && ", except for what could not be checked:"}</p>
        {verdict.errors.length > 0 && (
          <VerdictErrors errors={verdict.errors} className="verdict-notes" label="Not checked" testId="verdict-notes" />
        )}
      </div>
    );
  }
  return (
    <div className="verdict verdict-invalid" role="alert" data-testid="verdict" data-verdict="invalid">
      <p>✗ structuredContent does not match the outputSchema (the result is still shown above):</p>
      <VerdictErrors errors={verdict.errors} />
    </div>
  );
}

/** Each place in the result and what the schema says of it. */
function VerdictErrors({
  errors,
  className,
  label,
  testId,
}: {
  errors: ReadonlyArray<{ path: string; message: string }>;
  className?: string;
  label?: string;
  testId?: string;
}) {
  return (
    <ul className={className} aria-label={label} data-testid={testId}>
      {errors.map((e, i) => (
        <li key={i}>
          <code>{shownName(e.path)}</code> {shownName(e.message)}
        </li>
      ))}
    </ul>
  );
}
