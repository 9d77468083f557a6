"use client";
import { useState, type ReactNode } from "react";
import { MARKDOWN_MAX_CHARS, MarkdownView } from "../../components/markdown-view";
import { shownName } from "../../components/shown-text";

/** A text/markdown resource: rendered by default, its source one click away (and shown as is when too big to render). */
export function MarkdownContents({ text, uri, source }: { text: string; uri: string; source: ReactNode }) {
  const tooBig = text.length > MARKDOWN_MAX_CHARS;
  const [view, setView] = useState<"rendered" | "source">(tooBig ? "source" : "rendered");
  return (
    <div className="resources-markdown">
      <div className="segmented" role="group" aria-label={`Show ${shownName(uri)} as`}>
        <button
          type="button"
          className={view === "rendered" ? "segment active" : "segment"}
          aria-pressed={view === "rendered"}
          onClick={() => setView("rendered")}
          disabled={tooBig}
          title={tooBig ? "Too long to render here: read the source or download it" : undefined}
        >
          Rendered
        </button>
        <button
          type="button"
          className={view === "source" ? "segment active" : "segment"}
          aria-pressed={view === "source"}
          onClick={() => setView("source")}
        >
          Source
        </button>
      </div>
      {view === "rendered" ? <MarkdownView text={text} testId="resource-markdown" /> : source}
    </div>
  );
}
