import { streamText, type ModelMessage, type ToolSet } from "ai";
import type { ModelToolCall, ModelUsage } from "../../lib/model/events";
import { asModelError } from "./errors";
import { DEFAULT_MODEL_TIMEOUT_MS, type ModelClient } from "./open";

export type StepInput = {
  system?: string;
  messages: ModelMessage[];
  tools?: ToolSet;
  abortSignal?: AbortSignal;
  /** Each piece of text as it streams in (the page shows the answer as it comes). */
  onText?: (delta: string) => void;
  maxOutputTokens?: number;
  temperature?: number;
  stopSequences?: string[];
};

export type StepResult = {
  text: string;
  /** Every call the model asked for, unparsable or naming no tool included (never dropped). */
  toolCalls: ModelToolCall[];
  usage: ModelUsage;
  modelMs: number;
  /** "stop", "tool-calls", "length", "content-filter", "error", "other". */
  finish: string;
  /** The assistant's message(s) to append to the conversation before the tool results. */
  response: ModelMessage[];
};

/**
 * One answer of the model, streamed: no tool runs here (the tools have no execute), so a step
 * ends at the model's text and tool calls, every held key masked in them (onText's pieces are
 * as they came: a key split across two of them is in neither). Throws a ModelError with the
 * provider's words, masked.
 * No retries: a 429 or 500 is shown at once, as the provider said it, not after a hidden backoff.
 */
export async function modelStep(c: ModelClient, a: StepInput): Promise<StepResult> {
  const timeoutMs = c.timeoutMs ?? DEFAULT_MODEL_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = a.abortSignal ? AbortSignal.any([a.abortSignal, timeout]) : timeout;
  const started = performance.now();
  const toolCalls: ModelToolCall[] = [];
  let text = "";
  let failure: unknown;
  let finish = "other";
  let usage: ModelUsage = {};
  try {
    const result = streamText({
      model: c.model,
      system: a.system,
      messages: a.messages,
      tools: a.tools,
      abortSignal: signal,
      maxRetries: 0,
      maxOutputTokens: a.maxOutputTokens,
      temperature: a.temperature,
      stopSequences: a.stopSequences,
      // The failure is read from the stream below; the default handler would print it to stderr.
      onError: () => undefined,
    });
    for await (const part of result.fullStream) {
      if (part.type === "text-delta") {
        text += part.text;
        a.onText?.(part.text);
      } else if (part.type === "tool-call") {
        toolCalls.push({ id: part.toolCallId, name: part.toolName, args: part.input });
      } else if (part.type === "error") {
        failure ??= part.error;
      } else if (part.type === "finish") {
        finish = part.finishReason;
        usage = usageOf(part.totalUsage);
      }
    }
    if (failure !== undefined) throw failure;
    const response = (await result.response).messages.filter((m) => m.role === "assistant");
    // A model may repeat a key it was shown or guessed (issue 52 item 4): what it said goes to
    // the record, the page and, for sampling, to the MCP server only masked.
    const keys = c.keys;
    if (keys)
      return {
        text: keys.mask(text),
        toolCalls: keys.maskDeep(toolCalls),
        usage,
        modelMs: performance.now() - started,
        finish,
        response: keys.maskDeep(response),
      };
    return { text, toolCalls, usage, modelMs: performance.now() - started, finish, response };
  } catch (e) {
    throw asModelError(failure ?? e, c.keys, { label: c.label, timedOut: timeout.aborted, timeoutMs });
  }
}

function usageOf(u: { inputTokens?: number; outputTokens?: number } | undefined): ModelUsage {
  const out: ModelUsage = {};
  if (typeof u?.inputTokens === "number") out.inputTokens = u.inputTokens;
  if (typeof u?.outputTokens === "number") out.outputTokens = u.outputTokens;
  return out;
}
