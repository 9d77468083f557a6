import type { ChatTotals } from "./conversation";
import { formatMs } from "../../lib/record/entry-facts";

/** Tokens and time of the conversation, the model's part and the server's apart. */
export function ChatTotalsLine({ totals }: { totals: ChatTotals }) {
  return (
    <p className="chat-totals muted small" data-testid="chat-totals">
      Model: {totals.inputTokens} tokens in, {totals.outputTokens} out, {formatMs(totals.modelMs)} · Server: {totals.toolCalls} tool call
      {totals.toolCalls === 1 ? "" : "s"}, {formatMs(totals.serverMs)}
    </p>
  );
}
