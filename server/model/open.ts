import type { LanguageModel } from "ai";
import { createAnthropic } from "@ai-sdk/anthropic";
import { createOpenAI } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { ModelEvent } from "../../lib/model/events";
import { keyVariableFor, modelLabel, type ModelSpec } from "../../lib/model/spec";
import { ModelError } from "./errors";
import type { KeyStore } from "./keys";
import { recordingFetch } from "./recording-fetch";

/** How long one model call may take before it is a `timeout` ModelError. */
export const DEFAULT_MODEL_TIMEOUT_MS = 120_000;

export type ModelOptions = {
  keys: KeyStore;
  /** Every exchange and step, for the record (already masked). */
  onEvent?: (e: ModelEvent) => void;
  timeoutMs?: number;
  /** The fetch under the recording one (tests; default: the global fetch). */
  fetch?: typeof fetch;
};

export type ModelClient = {
  spec: ModelSpec;
  /** "openai:gpt-4o": how the record, reports and the page name it. */
  label: string;
  model: LanguageModel;
  /** For masking the provider's errors (a client around a test model may have none). */
  keys?: KeyStore;
  /** Default DEFAULT_MODEL_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Where modelStep and runToolLoop report what the model did. */
  onEvent?: (e: ModelEvent) => void;
};

/**
 * The AI SDK model for a spec, its HTTP recorded through `onEvent`. Throws a ModelError of kind
 * "no-key" naming the variable to set (an OpenAI-compatible server may need no key: Ollama).
 */
export function openModel(spec: ModelSpec, o: ModelOptions): ModelClient {
  const variable = keyVariableFor(spec);
  const apiKey = o.keys.get(variable);
  const label = modelLabel(spec);
  if (!apiKey && spec.provider !== "openai-compatible")
    throw new ModelError("no-key", `no key for ${label}: set ${variable} in the inspector's environment, or type the key in the page`);
  // Every event the client reports is masked on its way out, whoever wrote it (issue 52 item 4).
  const onEvent = o.onEvent && ((e: ModelEvent) => o.onEvent!(o.keys.maskDeep(e)));
  const fetch = recordingFetch(o.fetch ?? globalThis.fetch, o.keys, label, (e) => onEvent?.(e));
  const model = languageModel(spec, apiKey, fetch);
  return { spec, label, model, keys: o.keys, timeoutMs: o.timeoutMs ?? DEFAULT_MODEL_TIMEOUT_MS, onEvent };
}

function languageModel(spec: ModelSpec, apiKey: string | undefined, fetch: typeof globalThis.fetch): LanguageModel {
  const baseURL = spec.baseUrl;
  if (spec.provider === "anthropic") return createAnthropic({ apiKey, baseURL, fetch })(spec.modelId);
  if (spec.provider === "openai") return createOpenAI({ apiKey, baseURL, fetch })(spec.modelId);
  if (!baseURL) throw new ModelError("provider", `${modelLabel(spec)} needs a base URL (--model-base-url)`);
  // includeUsage asks for the token counts in the stream's last chunk (stream_options.include_usage).
  return createOpenAICompatible({ name: "openai-compatible", baseURL, apiKey, fetch, includeUsage: true }).chatModel(spec.modelId);
}
