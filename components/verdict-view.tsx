import type { OutputVerdict } from "../lib/wire/protocol";

/** The backend's check of structuredContent against the tool's outputSchema. */
export function VerdictView({ verdict, hasOutputSchema }: { verdict: OutputVerdict | null; hasOutputSchema: boolean }) {
  if (!verdict) {
    return hasOutputSchema ? null : <p className="muted small" data-testid="verdict" data-verdict="none">No outputSchema: nothing to validate.</p>;
  }
  if (verdict.valid) {
    return (
      <p className="verdict verdict-valid" data-testid="verdict" data-verdict="valid">
        ✓ structuredContent is valid against the outputSchema
      </p>
    );
  }
  return (
    <div className="verdict verdict-invalid" role="alert" data-testid="verdict" data-verdict="invalid">
      <p>✗ structuredContent does not match the outputSchema (the result is still shown above):</p>
      <ul>
        {verdict.errors.map((e, i) => (
          <li key={i}>
            <code>{e.path}</code> {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
