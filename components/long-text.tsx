"use client";
import { useState } from "react";
import { PREVIEW_CHARS, formatKiB, headOf } from "../lib/text/big-text";
import { downloadText } from "./download";
import { shownProse } from "./shown-text";

export interface LongTextProps {
  text: string;
  /** File name for "Download". */
  fileName: string;
  /** MIME type of the download. */
  type?: string;
  className?: string;
  testId?: string;
}

const STEP = 1024 * 1024;

/**
 * Text as inert text, at most PREVIEW_CHARS of it in the DOM at first: a 20 MiB tool result
 * in a <pre> takes seconds to lay out. The rest is a click away ("Show 1 MiB more", "Show all")
 * or downloaded whole. Shown escaped (shownProse: what a server sent never reorders the page);
 * Download gives the text as it came.
 */
export function LongText({ text, fileName, type = "text/plain", className, testId }: LongTextProps) {
  const [limit, setLimit] = useState(PREVIEW_CHARS);
  const { head, rest } = headOf(text, limit);
  return (
    <>
      <pre className={className} data-testid={testId}>
        {shownProse(head)}
      </pre>
      {rest > 0 && (
        <p className="long-text-more" data-testid="long-text-more">
          <span className="muted small">
            … {formatKiB(rest)} more ({formatKiB(text.length)} in all; characters)
          </span>
          <button type="button" className="btn-small" onClick={() => setLimit((l) => l + STEP)}>
            Show {formatKiB(Math.min(STEP, rest))} more
          </button>
          <button
            type="button"
            className="btn-small"
            onClick={() => setLimit(Infinity)}
            title="Puts all of it into the page: slow for many MiB"
          >
            Show all
          </button>
          <button type="button" className="btn-small" onClick={() => downloadText(fileName, text, type)}>
            Download
          </button>
        </p>
      )}
    </>
  );
}
