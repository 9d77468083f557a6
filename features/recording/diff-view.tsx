"use client";
import { useState } from "react";
import type { ReplayReport } from "../../lib/session/replay-result";
import { DiffItem } from "./diff-item";

export interface DiffViewProps {
  report: ReplayReport;
  onShowEntry(seq: number): void;
}

/** The replay report: a summary line, then recorded vs new response per request. */
export function DiffView({ report: r, onShowEntry }: DiffViewProps) {
  const [onlyDiffs, setOnlyDiffs] = useState(false);
  const s = r.summary;
  const items = r.items.filter((i) => !onlyDiffs || (i.status !== "same" && i.status !== "sent"));
  const parts = [`${s.same} same`, `${s.changed} changed`, s.newError && `${s.newError} new error${s.newError > 1 ? "s" : ""}`, s.fixedError && `${s.fixedError} error${s.fixedError > 1 ? "s" : ""} gone`, s.noResponse && `${s.noResponse} without response`, s.sent && `${s.sent} notifications sent`].filter(Boolean);
  const passed = r.connected && s.changed + s.newError + s.fixedError + s.noResponse === 0;
  return (
    <section className="diff-view" aria-labelledby="diff-heading" data-testid="diff-view">
      <div className="list-head">
        <h3 id="diff-heading">Replay against {r.target}</h3>
      </div>
      {!r.connected ? (
        <p className="error-box" role="alert">
          Could not connect: {r.connectError ?? "unknown error"}
        </p>
      ) : (
        <p className={`verdict ${passed ? "verdict-valid" : "verdict-invalid"}`} data-testid="diff-summary" role="status">
          {parts.join(", ")}
          {passed ? ": every response came back the same." : "."}
        </p>
      )}
      {r.items.length > 0 && (
        <label className="check">
          <input type="checkbox" checked={onlyDiffs} onChange={(e) => setOnlyDiffs(e.target.checked)} /> only differences
        </label>
      )}
      <ol className="diff-list">
        {items.map((item) => (
          <DiffItem key={item.recordedSeq} item={item} onShowEntry={onShowEntry} />
        ))}
      </ol>
    </section>
  );
}
