import type { ModelMessage } from "ai";
import type { ModelClient } from "./open";
/** The result of sampling/createMessage the model's answer becomes (MCP CreateMessageResult, text only). */
export type SamplingAnswer = {
    role: "assistant";
    content: {
        type: "text";
        text: string;
    };
    model: string;
    stopReason?: string;
};
/**
 * Asks the model a server's sampling/createMessage (its messages, systemPrompt, maxTokens,
 * temperature, stopSequences) and gives its answer as the result to send. Sending is the
 * caller's decision: the page shows it for approval, `--sampling model` sends it.
 */
export declare function answerSampling(c: ModelClient, params: unknown, o?: {
    abortSignal?: AbortSignal;
}): Promise<SamplingAnswer>;
/** MCP SamplingMessages as the AI SDK's: text and images as they are, anything else said in words. */
export declare function samplingMessages(value: unknown): ModelMessage[];
