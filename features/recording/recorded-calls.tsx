"use client";
import { useState } from "react";
import type { RecordedCall } from "../../lib/session/shared";
import { EmptyState } from "../../components/empty-state";
import { ToolResultView } from "../../components/tool-result-view";
import { visible } from "../../lib/text/visible";
import { asRecord } from "../../lib/json/shape";
import { SEQ_TITLE } from "../../components/seq-links";

export interface RecordedCallsProps {
  calls: readonly RecordedCall[];
  onShowEntry(seq: number): void;
  /** Per tool, the App messages the recording holds from its App: data, never run here. */
  appMessages?: ReadonlyMap<string, number>;
}

/** The tool calls of a recording, each with its result as the sender saw it. */
export function RecordedCalls({ calls, onShowEntry, appMessages }: RecordedCallsProps) {
  const [picked, setPicked] = useState(0);
  if (!calls.length) return <EmptyState title="No tool calls in this recording" />;
  const call = calls[Math.min(picked, calls.length - 1)];
  const appCount = appMessages?.get(call.name);
  return (
    <div className="recorded-calls" data-testid="recorded-calls">
      <ul className="call-list" aria-label="Recorded tool calls">
        {calls.map((c, i) => (
          <li key={c.requestSeq}>
            <button
              type="button"
              className={`call-pick${c === call ? " selected" : ""}`}
              aria-pressed={c === call}
              onClick={() => setPicked(i)}
              data-testid="recorded-call"
            >
              <code>{visible(c.name)}</code>{" "}
              <span className="muted small" title={SEQ_TITLE}>
                seq {c.requestSeq}
              </span>
              {(c.error || asRecord(c.result).isError === true) && <span className="badge badge-danger">error</span>}
              {c.responseSeq === undefined && <span className="badge badge-warn">no response</span>}
            </button>
          </li>
        ))}
      </ul>
      <div className="recorded-call">
        <h4>
          <code>{visible(call.name)}</code> arguments
        </h4>
        <pre className="json">{JSON.stringify(call.arguments, null, 2)}</pre>
        {call.responseSeq === undefined ? (
          <p className="notice">The recording has no response to this call.</p>
        ) : (
          <ToolResultView
            outcome={{
              result: call.result,
              error: call.error,
              verdict: null,
              durationMs: call.latencyMs ?? 0,
              requestSeq: call.requestSeq,
              responseSeq: call.responseSeq,
            }}
            hasOutputSchema
            onShowEntry={onShowEntry}
          />
        )}
        {appCount !== undefined && (
          <p className="notice" data-testid="recorded-app-note">
            <code>{visible(call.name)}</code> rendered an App in this recording: its {appCount} App message
            {appCount === 1 ? " is" : "s are"} in the timeline as data, and the App does not run here. Reproduce runs the tool again and
            renders its App live, from the server.
          </p>
        )}
      </div>
    </div>
  );
}
