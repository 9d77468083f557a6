import type { ModelMessage } from "ai";
import type { ModelEvent, ToolDecision } from "../../lib/model/events";
import type { ModelClient } from "./open";
import { type McpTool } from "./tools";
/** A call the model asked for, as the person (or the policy) decides on it. */
export type ProposedCall = {
    id: string;
    name: string;
    args: unknown;
    problem?: string;
};
/** What the engine's tools/call gave back. */
export type ToolRun = {
    result: unknown;
    isError: boolean;
    requestSeq?: number;
    serverMs: number;
};
export type ToolLoopInput = {
    conversation: string;
    system?: string;
    messages: ModelMessage[];
    tools: readonly McpTool[];
    /** Model answers at most (default 8): a model that keeps calling tools stops here. */
    maxSteps?: number;
    /** A call with a `problem` goes out only on "approved": "auto" counts as "denied" for it. */
    decide(call: ProposedCall): Promise<ToolDecision>;
    callTool(name: string, args: unknown): Promise<ToolRun>;
    /** Default: the client's onEvent. */
    onEvent?(e: ModelEvent): void;
    abortSignal?: AbortSignal;
    onText?(delta: string): void;
};
export type ToolLoopResult = {
    /** The model's last text. */
    text: string;
    steps: number;
    toolCalls: {
        name: string;
        args: unknown;
        decision: ToolDecision;
        problem?: string;
        isError: boolean;
    }[];
    /** The conversation after the loop: the input, the model's answers and the tool results. */
    messages: ModelMessage[];
    /** "stop" (the model answered without a tool call), "max-steps", or the provider's last finish reason. */
    finish: string;
};
/**
 * The model and the server's tools in turns: each model answer is a `chat-assistant` event, each
 * call it asks for a `chat-tool` event once decided and (unless denied) run through `callTool`,
 * its result handed back to the model. Stops when the model answers without a tool call.
 */
export declare function runToolLoop(c: ModelClient, a: ToolLoopInput): Promise<ToolLoopResult>;
