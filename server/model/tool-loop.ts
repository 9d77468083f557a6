import type { JSONValue, ModelMessage, ToolResultPart } from "ai";
import type { ModelEvent, ToolDecision } from "../../lib/model/events";
import type { ModelClient } from "./open";
import { modelStep } from "./step";
import { toolCallProblem, toolsForModel, type McpTool } from "./tools";

/** A call the model asked for, as the person (or the policy) decides on it. */
export type ProposedCall = { id: string; name: string; args: unknown; problem?: string };

/** What the engine's tools/call gave back. */
export type ToolRun = { result: unknown; isError: boolean; requestSeq?: number; serverMs: number };

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
  toolCalls: { name: string; args: unknown; decision: ToolDecision; problem?: string; isError: boolean }[];
  /** The conversation after the loop: the input, the model's answers and the tool results. */
  messages: ModelMessage[];
  /** "stop" (the model answered without a tool call), "max-steps", or the provider's last finish reason. */
  finish: string;
};

const DEFAULT_MAX_STEPS = 8;

/**
 * The model and the server's tools in turns: each model answer is a `chat-assistant` event, each
 * call it asks for a `chat-tool` event once decided and (unless denied) run through `callTool`,
 * its result handed back to the model. Stops when the model answers without a tool call.
 */
export async function runToolLoop(c: ModelClient, a: ToolLoopInput): Promise<ToolLoopResult> {
  const report = a.onEvent ?? c.onEvent ?? (() => undefined);
  // Every event is masked as it leaves: a tool's result or the model's arguments may hold a key.
  const emit = (e: ModelEvent) => report(c.keys ? c.keys.maskDeep(e) : e);
  const tools = toolsForModel(a.tools);
  const messages = [...a.messages];
  const calls: ToolLoopResult["toolCalls"] = [];
  const maxSteps = a.maxSteps ?? DEFAULT_MAX_STEPS;
  let text = "";
  for (let steps = 1; steps <= maxSteps; steps++) {
    const step = await modelStep(c, { system: a.system, messages, tools, abortSignal: a.abortSignal, onText: a.onText });
    text = step.text;
    emit({
      type: "chat-assistant",
      conversation: a.conversation,
      label: c.label,
      text: step.text,
      toolCalls: step.toolCalls,
      usage: step.usage,
      modelMs: step.modelMs,
      finish: step.finish,
    });
    messages.push(...step.response);
    if (!step.toolCalls.length) return { text, steps, toolCalls: calls, messages, finish: step.finish };
    const results: ToolResultPart[] = [];
    for (const call of step.toolCalls) {
      const problem = toolCallProblem(a.tools, call.name, call.args);
      const asked = await a.decide({ ...call, ...(problem ? { problem } : {}) });
      const decision: ToolDecision = problem && asked === "auto" ? "denied" : asked;
      const base = {
        type: "chat-tool" as const,
        conversation: a.conversation,
        callId: call.id,
        name: call.name,
        args: call.args,
        decision,
        ...(problem ? { problem } : {}),
      };
      if (decision === "denied") {
        emit(base);
        calls.push({ name: call.name, args: call.args, decision, problem, isError: false });
        results.push({
          type: "tool-result",
          toolCallId: call.id,
          toolName: call.name,
          output: { type: "execution-denied", reason: "the person did not allow this call" },
        });
        continue;
      }
      const run = await a.callTool(call.name, call.args);
      emit({ ...base, requestSeq: run.requestSeq, serverMs: run.serverMs, isError: run.isError, result: run.result });
      calls.push({ name: call.name, args: call.args, decision, problem, isError: run.isError });
      const value = (run.result ?? null) as JSONValue;
      results.push({
        type: "tool-result",
        toolCallId: call.id,
        toolName: call.name,
        output: run.isError ? { type: "error-json", value } : { type: "json", value },
      });
    }
    messages.push({ role: "tool", content: results });
  }
  return { text, steps: maxSteps, toolCalls: calls, messages, finish: "max-steps" };
}
