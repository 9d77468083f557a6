"use client";
import { useState } from "react";
import { replayPassed, replaySummaryText, reproductionText, type ReplayItem, type ReplayReport } from "../../lib/session/replay-result";
import { DiffItem } from "./diff-item";

export interface DiffViewProps {
  report: ReplayReport;
  onShowEntry(seq: number): void;
  /** What shows under an item beside its diff (a replayed call's live App). */
  extraOf?(item: ReplayItem): React.ReactNode;
}

/** The replay report: a summary line, then recorded vs new response per request. */
export function DiffView({ report: r, onShowEntry, extraOf }: DiffViewProps) {
  const [onlyDiffs, setOnlyDiffs] = useState(false);
  const items = r.items.filter((i) => !onlyDiffs || (i.status !== "same" && i.status !== "sent" && i.status !== "cancelled"));
  const passed = replayPassed(r);
  return (
    <section className="diff-view" aria-labelledby="diff-heading" data-testid="diff-view">
      <div className="list-head">
        {/* A long command wraps: at 420 px it ran out of the pane. */}
        <h3 id="diff-heading" style={{ overflowWrap: "anywhere" }}>
          Replay against {r.target}
        </h3>
      </div>
      {!r.connected ? (
        <p className="error-box" role="alert">
          Could not connect: {r.connectError ?? "unknown error"}
        </p>
      ) : (
        <p className={`verdict ${verdictClass(r, passed)}`} data-testid="diff-summary" data-reproduction={r.reproduction} role="status">
          {reproductionText(r) ? (
            <>
              <strong>{reproductionText(r)}</strong> ({replaySummaryText(r)}).
            </>
          ) : (
            <>
              {replaySummaryText(r)}
              {passed ? ": every response came back the same." : "."}
            </>
          )}
        </p>
      )}
      {r.items.length > 0 && (
        <label className="check">
          <input type="checkbox" checked={onlyDiffs} onChange={(e) => setOnlyDiffs(e.target.checked)} /> only differences
        </label>
      )}
      <ol className="diff-list">
        {items.map((item) => (
          <DiffItem key={item.recordedSeq} item={item} onShowEntry={onShowEntry}>
            {extraOf?.(item)}
          </DiffItem>
        ))}
      </ol>
    </section>
  );
}

/**
 * A recorded failure that came back is the bug, in red; a recorded failure whose answers changed
 * is neither pass nor reproduction, in amber. A recording with no failure: green when every answer
 * came back the same, red for a regression.
 */
export function verdictClass(r: Pick<ReplayReport, "reproduction">, passed: boolean): string {
  if (r.reproduction === "reproduced") return "verdict-invalid";
  if (r.reproduction === "changed") return "verdict-warn";
  return passed ? "verdict-valid" : "verdict-invalid";
}
