import { type ModelMessage, type ToolSet } from "ai";
import type { ModelToolCall, ModelUsage } from "../../lib/model/events";
import { type ModelClient } from "./open";
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
export declare function modelStep(c: ModelClient, a: StepInput): Promise<StepResult>;
