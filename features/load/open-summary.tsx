"use client";
import { useState, type DragEvent } from "react";
import { SAVED_SUMMARY_MAX_BYTES, savedSummaryFrom, type SavedSummary } from "../../lib/load/saved";

/** Who wrote an opened summary, in a person's words. */
export const SAVED_SOURCE = {
  inspector: "this inspector's load run",
  "locust-export": "Locust, from an exported locustfile",
  official: "the official CLI's --load run",
  locust: "Locust's --json statistics",
} as const;

/**
 * Open a saved load summary (a file picked or dropped): ours, the official CLI's or Locust's,
 * validated with the summary schema before anything is shown; what is not one is said, in one line.
 */
export function OpenSummary({ onOpen }: { onOpen(saved: SavedSummary, name: string): void }) {
  const [problem, setProblem] = useState<string>();
  const [over, setOver] = useState(false);
  const open = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > SAVED_SUMMARY_MAX_BYTES) return setProblem(`${file.name} is ${file.size} bytes: not a load summary (at most 8 MB)`);
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch (e) {
      return setProblem(`${file.name} is not JSON: ${(e as Error).message}`);
    }
    const r = savedSummaryFrom(json);
    if (!r.ok) return setProblem(`${file.name} is ${r.message}`);
    setProblem(undefined);
    onOpen(r.saved, file.name);
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void open(e.dataTransfer.files[0]);
  };
  return (
    <div
      className={`load-open${over ? " load-open-over" : ""}`}
      data-testid="load-open"
      onDragOver={(e) => (e.preventDefault(), setOver(true))}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <label className="small">
        Open a saved summary (ours, the official CLI&apos;s, Locust&apos;s), or drop it here{" "}
        <input type="file" accept=".json,application/json" onChange={(e) => void open(e.target.files?.[0])} />
      </label>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
