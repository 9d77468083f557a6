"use client";
import type { ChatTool } from "../../lib/model/events";
import type { ContentBlock } from "../../lib/protocol/shapes";
import { ContentBlockView } from "../../components/content-block-view";
import { JsonPreview } from "../../components/json-preview";
import { formatMs } from "../../lib/record/entry-facts";
import { asRecord } from "../../lib/json/shape";
import { shownName } from "../../components/shown-text";

export interface ToolCallCardProps {
  call: ChatTool & { seq: number };
  onShowEntry?(seq: number): void;
  /** The App of an App tool, rendered inline through the page's App host (live sessions only). */
  app?: React.ReactNode;
}

const DECISIONS: Record<ChatTool["decision"], string> = {
  approved: "approved by you",
  auto: "sent automatically",
  denied: "denied: not sent",
};

/** One tool call the model made: the tool, its arguments, the decision, what the server answered, and where in the timeline. */
export function ToolCallCard({ call, onShowEntry, app }: ToolCallCardProps) {
  const content = asRecord(call.result).content;
  const blocks = Array.isArray(content) ? (content as ContentBlock[]) : undefined;
  const status = call.decision === "denied" ? "denied" : call.isError ? "error" : "ok";
  return (
    <article className="chat-tool card" aria-label={`Tool call ${shownName(call.name)}`} data-testid="chat-tool-call" data-status={status}>
      <header className="chat-tool-head">
        <span className="badge">tool</span> <code className="chat-tool-name">{shownName(call.name)}</code>{" "}
        <span className={`badge ${status === "ok" ? "badge-ok" : status === "error" ? "chat-badge-error" : "badge-off"}`}>
          {DECISIONS[call.decision]}
        </span>
        {call.isError && <span className="badge chat-badge-error">tool error</span>}
        {call.serverMs !== undefined && <span className="muted small"> server {formatMs(call.serverMs)}</span>}
        {call.requestSeq !== undefined && onShowEntry && (
          <button type="button" className="btn-small" onClick={() => onShowEntry(call.requestSeq!)}>
            Request seq {call.requestSeq}
          </button>
        )}
      </header>
      {call.problem && (
        <p className="chat-problem" data-testid="chat-call-problem">
          {call.problem}
        </p>
      )}
      <details className="chat-args">
        <summary>Arguments</summary>
        <JsonPreview value={call.args} fileName={`${call.name}-arguments.json`} />
      </details>
      {call.decision !== "denied" &&
        (blocks ? (
          <div className="chat-result" data-testid="chat-tool-result">
            {blocks.map((b, i) => (
              <ContentBlockView key={i} block={b} />
            ))}
          </div>
        ) : (
          call.result !== undefined && <JsonPreview value={call.result} fileName={`${call.name}-result.json`} testId="chat-tool-result" />
        ))}
      {app}
    </article>
  );
}
