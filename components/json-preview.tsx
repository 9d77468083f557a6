"use client";
import { useMemo, useState } from "react";
import { previewJson } from "../lib/text/big-text";
import { downloadText } from "./download";
import { inertJson } from "../lib/text/visible";
import { LongText } from "./long-text";

export interface JsonPreviewProps {
  value: unknown;
  fileName: string;
  className?: string;
  testId?: string;
}

/**
 * A JSON value, pretty-printed. Long strings and arrays are clipped first (cost bounded by what
 * is shown), so a 20 MiB value is not stringified to be drawn; the full JSON is made once, on
 * "Show full" or "Download". Drawn with inertJson: the same data, with no bidi control or separator
 * from a server left raw to reorder what is shown (issue 52 item 7).
 */
export function JsonPreview({ value, fileName, className = "json", testId }: JsonPreviewProps) {
  const preview = useMemo(() => previewJson(value), [value]);
  const [full, setFull] = useState<string>();
  if (full !== undefined) return <LongText text={full} fileName={fileName} type="application/json" className={className} testId={testId} />;
  return (
    <>
      <pre className={className} data-testid={testId} data-clipped={preview.clipped || undefined}>
        {inertJson(preview.text)}
      </pre>
      {preview.clipped && (
        <p className="long-text-more">
          <span className="muted small">clipped: long strings and lists are cut short here</span>
          <button type="button" className="btn-small" onClick={() => setFull(JSON.stringify(value, null, 2))}>
            Show full
          </button>
          <button type="button" className="btn-small" onClick={() => downloadText(fileName, full ?? JSON.stringify(value, null, 2))}>
            Download
          </button>
        </p>
      )}
    </>
  );
}
