"use client";
import type { RedactionHit } from "../../lib/session/redact";
import type { SessionFile } from "../../lib/session/file";
import { MOCK_HTTP_PORT, mockCommands } from "../../lib/session/mock-command";
import { sessionFileName } from "../../lib/session/shared";
import { RedactMore, type RedactMoreProps } from "./redact-more";
import { RedactionHits } from "./redaction-hits";
import { SharedTargetView } from "./shared-target-view";
import { ShareResult, type ShareOutcome } from "./share-result";
import { objectOr } from "../../lib/json/shape";
import { pageFileName } from "../../lib/session/page-file";
import { ShareFormsHelp } from "./share-forms-help";
import { ShareBaseField } from "./share-base-field";

export interface ShareReviewProps extends Omit<RedactMoreProps, "isSeq"> {
  /** The session as it will be shared (already redacted). */
  session: SessionFile;
  /** How many entries the session had before any was left out. */
  totalEntries: number;
  hits: readonly RedactionHit[];
  outcome?: ShareOutcome;
  busy?: boolean;
  isSeq(seq: number): boolean;
  onMakeLink(): void;
  onDownload(): void;
  /** The same redacted session as OpenTelemetry traces (OTLP/JSON), for a tracing backend. */
  onDownloadOtlp(): void;
  /** The same redacted session as a page file: one HTML file that opens from disk with nothing running. */
  onDownloadPage(): void;
  /** Where links open (a hosted viewer), empty for this inspector's own address. */
  base: string;
  onBase(base: string): void;
  /** Why the page file could not be made, when it could not. */
  pageError?: string;
}

/** The review step before anything leaves: what is shared, what was redacted, redact more, then link or file. */
export function ShareReview(p: ShareReviewProps) {
  const s = p.session;
  const info = objectOr(s.negotiated?.serverInfo);
  return (
    <div className="share-review" data-testid="share-review">
      <section aria-labelledby="review-what" className="card">
        <h3 id="review-what">What will be shared</h3>
        <dl className="facts">
          <dt>server</dt>
          <dd>
            {typeof info?.name === "string" ? info.name : "unknown"}{" "}
            {typeof info?.version === "string" && <span className="muted">{info.version}</span>}
            {s.protocolVersion && <span className="muted"> · protocol {s.protocolVersion}</span>}
          </dd>
          <dt>record</dt>
          <dd data-testid="review-entry-count">
            {s.entries.length} entries of the last connection
            {p.totalEntries !== s.entries.length && <span className="muted"> ({p.totalEntries - s.entries.length} left out)</span>},{" "}
            {s.answers.length} answers to the server&apos;s requests
          </dd>
        </dl>
        <h4>Target</h4>
        <SharedTargetView target={s.target} />
      </section>
      <section aria-labelledby="review-hidden" className="card">
        <h3 id="review-hidden">Redacted</h3>
        <p className="muted small">
          Env and header values are never shared. These likely secrets in the messages are replaced by <code>[redacted: …]</code>:
        </p>
        <RedactionHits hits={p.hits} dropped={p.dropped} onDrop={p.onDrop} />
      </section>
      <section aria-labelledby="review-more" className="card">
        <h3 id="review-more">Redact more</h3>
        <RedactMore
          dropped={p.dropped}
          extra={p.extra}
          isSeq={p.isSeq}
          onDrop={p.onDrop}
          onUndrop={p.onUndrop}
          onAddSecret={p.onAddSecret}
          onRemoveSecret={p.onRemoveSecret}
        />
      </section>
      <div className="button-row">
        <button type="button" className="btn-primary" onClick={p.onMakeLink} disabled={p.busy}>
          {p.busy ? "Making the link…" : "Make share link"}
        </button>
        <button type="button" onClick={p.onDownloadPage} data-testid="download-page">
          Download as a page
        </button>
        <button type="button" onClick={p.onDownload}>
          Download .mcp-session.json
        </button>
        <button type="button" onClick={p.onDownloadOtlp} data-testid="download-otlp">
          Download as OTLP traces
        </button>
      </div>
      <p className="muted small" data-testid="share-mock-command">
        Serve the downloaded file as a mock server: <code>{mockCommands(sessionFileName(s)).stdio}</code> (add{" "}
        <code>--port {MOCK_HTTP_PORT}</code> for Streamable HTTP).
      </p>
      <ShareBaseField base={p.base} onBase={p.onBase} />
      {p.pageError && (
        <p className="error-box" role="alert" data-testid="page-error">
          Could not make the page: {p.pageError}
        </p>
      )}
      {p.outcome && <ShareResult outcome={p.outcome} onDownload={p.onDownload} />}
      <ShareFormsHelp fileName={sessionFileName(s)} pageName={pageFileName(s)} base={p.base} />
    </div>
  );
}
