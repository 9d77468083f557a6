"use client";
import type { ToolCallOutcome } from "../lib/wire/protocol";
import { rpcErrorCodeText } from "../lib/protocol/error-names";
import { formatMs } from "../lib/record/entry-facts";
import type { CallToolResult, ContentBlock } from "../lib/protocol/shapes";
import { ContentBlockView } from "./content-block-view";
import { CopyButton } from "./copy-button";
import { JsonPreview } from "./json-preview";
import { VerdictView } from "./verdict-view";
import { SeqLinks } from "./seq-links";
import type { ReadResource } from "./resource-link-read";
import type { Finding } from "../lib/lint";
import { judgeResult } from "./result-status";
import { ResultFindings } from "./result-findings";
import { URL_ELICITATION_REQUIRED, UrlElicitationRequired } from "./url-elicitation-required";
import { shownProse } from "./shown-text";
import { WINDOW_STEP, useShownWindow } from "./shown-window";

export interface ToolResultViewProps {
  outcome: ToolCallOutcome;
  hasOutputSchema: boolean;
  onShowEntry(seq: number): void;
  /** Reads a resource link's URI in place (resources/read); without it, links are shown only. */
  readResource?: ReadResource;
  /** Lint findings of the response entry: an error among them makes the badge say "protocol violation". */
  findings?: readonly Finding[];
  /** The outcome is a big result's preview (its long strings cut): the whole of it is still arriving. */
  arriving?: boolean;
}

/**
 * A tools/call outcome: a badge that says what happened (JSON-RPC error, tool error, protocol
 * violation, success), every content block, structuredContent and its verdict, the response's
 * lint findings, duration.
 */
export function ToolResultView({
  outcome,
  hasOutputSchema,
  onShowEntry,
  readResource,
  findings = [],
  arriving = false,
}: ToolResultViewProps) {
  const result = (outcome.result ?? undefined) as CallToolResult | undefined;
  const content: ContentBlock[] = Array.isArray(result?.content) ? result.content : [];
  const { status, violation } = judgeResult(outcome, findings);
  // 10,000 blocks are drawn a hundred at a time (issue 91 item 4); Copy and the entry keep them all.
  const blocks = useShownWindow(content);
  // The verdict says the outputSchema's part in its own words; the same finding twice is noise.
  const shownFindings = outcome.verdict ? findings.filter((f) => f.rule !== "tools/structured-content") : findings;
  return (
    <section className={`tool-result result-${status}`} aria-labelledby="result-heading" data-testid="tool-result" data-status={status}>
      <div className="result-head">
        <h4 id="result-heading">Result</h4>
        <span className="result-badges" data-testid="result-badge">
          {status === "ok" && <span className="badge badge-ok">success</span>}
          {status === "tool-error" && (
            <span className="badge badge-danger" title="The result has isError: true">
              tool error
            </span>
          )}
          {violation && (
            <span className="badge badge-danger" title="The result breaks the MCP spec or the tool's outputSchema: see below">
              protocol violation
            </span>
          )}
          {status === "rpc-error" && <span className="badge badge-danger">JSON-RPC error {rpcErrorCodeText(outcome.error!.code)}</span>}
        </span>
        <span className="muted small" data-testid="call-duration">
          {formatMs(outcome.durationMs)}
        </span>
        <span className="header-spacer" />
        {/* The response's entry is what is still arriving: its link comes with it. */}
        <SeqLinks requestSeq={outcome.requestSeq} responseSeq={arriving ? undefined : outcome.responseSeq} onShowEntry={onShowEntry} />
        {!arriving && (
          <CopyButton
            text={() => JSON.stringify(outcome.error ? { error: outcome.error } : outcome.result, null, 2)}
            label="Copy result as JSON"
          />
        )}
      </div>
      {arriving && (
        <p className="muted small" role="status" data-testid="result-arriving">
          The start of a big result: the rest of it is arriving…
        </p>
      )}
      <ResultFindings findings={shownFindings} />
      {outcome.error && (
        <div className="error-box" role="alert">
          <strong>{shownProse(outcome.error.message)}</strong>
          {outcome.error.code === URL_ELICITATION_REQUIRED ? (
            <UrlElicitationRequired data={outcome.error.data} />
          ) : (
            outcome.error.data !== undefined && <JsonPreview value={outcome.error.data} fileName="error-data.json" />
          )}
        </div>
      )}
      {content.length > 0 && (
        <ol className="content-blocks" aria-label="Content">
          {blocks.items.map((b, i) => (
            <li key={i}>
              <ContentBlockView block={b} readResource={readResource} />
            </li>
          ))}
        </ol>
      )}
      {blocks.hidden > 0 && (
        <p className="long-text-more" data-testid="content-more">
          <span className="muted small">
            {blocks.items.length.toLocaleString("en-US")} of {content.length.toLocaleString("en-US")} content blocks shown
          </span>
          <button type="button" className="btn-small" onClick={blocks.more}>
            Show {Math.min(blocks.hidden, WINDOW_STEP)} more
          </button>
        </p>
      )}
      {!outcome.error && content.length === 0 && <p className="muted">No content blocks.</p>}
      {result?.structuredContent !== undefined && (
        <div className="structured">
          <h5>structuredContent</h5>
          <JsonPreview value={result.structuredContent} fileName="structured-content.json" testId="structured-content" />
        </div>
      )}
      <VerdictView
        verdict={outcome.verdict}
        hasOutputSchema={hasOutputSchema}
        isError={result?.isError === true}
        hasStructured={result?.structuredContent !== undefined}
      />
    </section>
  );
}
