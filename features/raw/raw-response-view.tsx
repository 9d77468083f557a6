import { formatMs } from "../../lib/record/entry-facts";
import { rpcErrorCodeText } from "../../lib/protocol/error-names";
import { JsonPreview } from "../../components/json-preview";
import type { JsonRpcError } from "../../lib/wire/protocol";
import { SeqLinks } from "../../components/seq-links";
import { shownProse } from "../../components/shown-text";

export type RawOutcome =
  | { kind: "result"; method: string; result: unknown; durationMs: number; requestSeq?: number; responseSeq?: number }
  | { kind: "rpc-error"; method: string; error: JsonRpcError }
  | { kind: "failed"; method: string; message: string }
  | { kind: "notified"; method: string };

/** What came back for a raw message: the result, the server's JSON-RPC error, or why nothing came. */
export function RawResponseView({ outcome, onShowEntry }: { outcome: RawOutcome; onShowEntry(seq: number): void }) {
  switch (outcome.kind) {
    case "notified":
      return (
        <p className="small" role="status" data-testid="raw-outcome" data-kind="notified">
          Sent notification <code>{outcome.method}</code> (notifications get no response; see the timeline).
        </p>
      );
    case "failed":
      return (
        <div className="error-box" role="alert" data-testid="raw-outcome" data-kind="failed">
          <strong>{outcome.method} failed:</strong> {shownProse(outcome.message)}
        </div>
      );
    case "rpc-error":
      return (
        <section className="tool-result result-rpc-error" data-testid="raw-outcome" data-kind="rpc-error" aria-label="Error response">
          <div className="result-head">
            <h4>Error response</h4>
            <span className="badge badge-danger" data-testid="raw-error-code">
              JSON-RPC error {rpcErrorCodeText(outcome.error.code)}
            </span>
          </div>
          <p>
            <strong>{shownProse(outcome.error.message)}</strong>
          </p>
          {outcome.error.data !== undefined && <JsonPreview value={outcome.error.data} fileName="error-data.json" />}
        </section>
      );
    case "result":
      return (
        <section className="tool-result" data-testid="raw-outcome" data-kind="result" aria-label="Response">
          <div className="result-head">
            <h4>Response</h4>
            <span className="badge badge-ok">result</span>
            <span className="muted small">{formatMs(outcome.durationMs)}</span>
            <span className="header-spacer" />
            <SeqLinks requestSeq={outcome.requestSeq} responseSeq={outcome.responseSeq} onShowEntry={onShowEntry} />
          </div>
          <JsonPreview value={outcome.result} fileName="result.json" testId="raw-result" />
        </section>
      );
  }
}
