import { useEffect, useRef } from "react";
import { asRecord, stringOr } from "../../lib/json/shape";
import { inertJson, visible } from "../../lib/text/visible";
/** What the App asked of the model: there is no model in the inspector, so the person reads it here. */
export interface ModelAsk {
  n: number;
  kind: "message" | "model context";
  params: Record<string, unknown>;
}

function textOf(params: Record<string, unknown>): string {
  const content = params.content;
  const blocks = Array.isArray(content) ? content : [];
  const text = blocks.map((b) => stringOr(asRecord(b).text) ?? "").filter(Boolean);
  // What the App wrote, with every invisible or direction-changing character shown as an escape.
  return text.length ? text.map((t) => visible(t).replace(/\\n/g, "\n")).join("\n") : inertJson(JSON.stringify(params));
}

export function ModelAsks({ asks }: { asks: readonly ModelAsk[] }) {
  // A new ask is brought into view, as a host shows the App's follow-up in the conversation: under
  // an App taller than the view (ChatGPT's 768 px column with the timeline below) it was out of sight.
  const newest = useRef<HTMLLIElement>(null);
  const last = asks.at(-1)?.n;
  useEffect(() => {
    if (last !== undefined) newest.current?.scrollIntoView?.({ block: "nearest" });
  }, [last]);
  if (!asks.length) return null;
  return (
    <section className="app-asks" aria-label="What the App asked of the model">
      <h4>Asked of the model</h4>
      <ul>
        {asks.map((a) => (
          <li key={a.n} data-testid="app-model-ask" ref={a.n === last ? newest : undefined}>
            <span className="badge">{a.kind === "message" ? "ui/message (a follow-up)" : "ui/update-model-context"}</span>{" "}
            <span className="app-ask-text">{textOf(a.params)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
