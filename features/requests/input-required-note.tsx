/** Where an embedded request came from: the request whose `input_required` result carried it. */
export interface InputRequiredOrigin {
  requestSeq: number;
  /** The key its answer goes back under in the retry's `inputResponses`. */
  key: string;
  /** The method of that request (tools/call…), when the page has its entry. */
  method?: string;
}

/**
 * A 2026-07-28 multi round-trip request: the server did not send this request, it embedded it in
 * a result; the answer goes back with the original request, which the inspector then sends again.
 */
export function InputRequiredNote({ origin, onShowEntry }: { origin: InputRequiredOrigin; onShowEntry(seq: number): void }) {
  return (
    <p className="input-required-note small" data-testid="input-required">
      <strong className="input-required-tag">
        input_required from {origin.method ?? "request"}{" "}
        <button
          type="button"
          className="linklike"
          onClick={() => onShowEntry(origin.requestSeq)}
          aria-label={`Show request seq ${origin.requestSeq} in the timeline`}
        >
          seq {origin.requestSeq}
        </button>
      </strong>{" "}
      key <code>{origin.key}</code>
      <span className="muted"> · asked for in the server&apos;s result; your answer goes back with that request, sent again</span>
    </p>
  );
}
