import type { ModelMessage } from "ai";
import { asRecord } from "../../lib/json/shape";
import { ModelError } from "./errors";
import type { ModelClient } from "./open";
import { modelStep } from "./step";

/** The result of sampling/createMessage the model's answer becomes (MCP CreateMessageResult, text only). */
export type SamplingAnswer = {
  role: "assistant";
  content: { type: "text"; text: string };
  model: string;
  stopReason?: string;
};

/** MCP's stop reasons for the AI SDK's finish reasons (others pass as they are: the spec allows any string). */
const STOP_REASONS: Record<string, string> = { stop: "endTurn", length: "maxTokens", "tool-calls": "toolUse" };

/**
 * Asks the model a server's sampling/createMessage (its messages, systemPrompt, maxTokens,
 * temperature, stopSequences) and gives its answer as the result to send. Sending is the
 * caller's decision: the page shows it for approval, `--sampling model` sends it.
 */
export async function answerSampling(c: ModelClient, params: unknown, o: { abortSignal?: AbortSignal } = {}): Promise<SamplingAnswer> {
  const p = asRecord(params);
  const messages = samplingMessages(p.messages);
  if (!messages.length) throw new ModelError("bad-answer", "the sampling request has no messages to answer");
  const step = await modelStep(c, {
    system: typeof p.systemPrompt === "string" ? p.systemPrompt : undefined,
    messages,
    maxOutputTokens: typeof p.maxTokens === "number" && p.maxTokens > 0 ? p.maxTokens : undefined,
    temperature: typeof p.temperature === "number" ? p.temperature : undefined,
    stopSequences: Array.isArray(p.stopSequences) ? p.stopSequences.filter((s): s is string => typeof s === "string") : undefined,
    abortSignal: o.abortSignal,
  });
  return {
    role: "assistant",
    content: { type: "text", text: step.text },
    model: c.label,
    stopReason: STOP_REASONS[step.finish] ?? step.finish,
  };
}

/** MCP SamplingMessages as the AI SDK's: text and images as they are, anything else said in words. */
export function samplingMessages(value: unknown): ModelMessage[] {
  if (!Array.isArray(value)) return [];
  const out: ModelMessage[] = [];
  for (const m of value) {
    const r = asRecord(m);
    // 2025-11-25: content may be one block or a list of blocks.
    const blocks = Array.isArray(r.content) ? r.content : [r.content];
    const text = blocks.map((b) => blockText(asRecord(b))).filter((t) => t !== undefined);
    if (r.role === "assistant") {
      out.push({ role: "assistant", content: text.join("\n") });
      continue;
    }
    const parts = blocks.map((b) => {
      const block = asRecord(b);
      if (block.type === "image" && typeof block.data === "string")
        return { type: "image" as const, image: block.data, mediaType: typeof block.mimeType === "string" ? block.mimeType : undefined };
      return { type: "text" as const, text: blockText(block) ?? "" };
    });
    out.push({ role: "user", content: parts });
  }
  return out;
}

function blockText(b: Record<string, unknown>): string | undefined {
  if (b.type === "text" && typeof b.text === "string") return b.text;
  if (b.type === "image" || b.type === "audio")
    return `(${String(b.type)} ${typeof b.mimeType === "string" ? b.mimeType : ""})`.replace(" )", ")");
  if (b.type === "tool_result") return `(tool result) ${JSON.stringify(b.content ?? null)}`;
  if (b.type === "tool_use") return `(tool call ${String(b.name)}) ${JSON.stringify(b.input ?? null)}`;
  return b.type === undefined ? undefined : JSON.stringify(b);
}
