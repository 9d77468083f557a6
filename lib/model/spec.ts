import * as z from "zod";
import { looksLikeKey } from "./looks-like-key";

export { looksLikeKey };

/** The providers a person can bring a key for (issue 40); openai-compatible covers Ollama, LM Studio, vLLM and llama.cpp. */
export const ModelProviderSchema = z.enum(["anthropic", "openai", "openai-compatible"]);
export type ModelProvider = z.infer<typeof ModelProviderSchema>;

/** Which model to ask: `provider:model-id`, and for an OpenAI-compatible server its base URL. */
export const ModelSpecSchema = z.object({
  provider: ModelProviderSchema,
  modelId: z.string().min(1).max(300),
  baseUrl: z.string().max(2000).optional(),
});
export type ModelSpec = z.infer<typeof ModelSpecSchema>;

/** The environment variable each provider's key comes from (keys never come from argv). */
export type KeyVariable = "ANTHROPIC_API_KEY" | "OPENAI_API_KEY" | "MODEL_API_KEY";
export const KEY_VARIABLES: readonly KeyVariable[] = ["ANTHROPIC_API_KEY", "OPENAI_API_KEY", "MODEL_API_KEY"];

/**
 * Parses `--model provider:model-id` ("openai:gpt-4o", "anthropic:claude-sonnet-4-5",
 * "openai-compatible:llama3" with `baseUrl`). Returns an Error that says what to write instead.
 */
export function parseModelSpec(text: string, baseUrl?: string): ModelSpec | Error {
  const trimmed = text.trim();
  if (looksLikeKey(trimmed) || looksLikeKey(trimmed.slice(trimmed.indexOf(":") + 1))) {
    return new Error(
      "--model takes provider:model-id, and this looks like an API key: keys are never given on the command line; set ANTHROPIC_API_KEY, OPENAI_API_KEY or MODEL_API_KEY instead",
    );
  }
  const colon = trimmed.indexOf(":");
  const provider = ModelProviderSchema.safeParse(colon > 0 ? trimmed.slice(0, colon) : trimmed);
  if (colon <= 0 || !provider.success) {
    return new Error(
      `--model ${JSON.stringify(text)}: expected provider:model-id with provider one of ${ModelProviderSchema.options.join(", ")} (e.g. openai:gpt-4o)`,
    );
  }
  const modelId = trimmed.slice(colon + 1).trim();
  if (!modelId) return new Error(`--model ${JSON.stringify(text)}: the model id after "${provider.data}:" is empty`);
  if (provider.data === "openai-compatible") {
    if (!baseUrl)
      return new Error(`--model ${trimmed} needs --model-base-url (the server's OpenAI-compatible URL, e.g. http://127.0.0.1:11434/v1)`);
    // lib/ has no URL class (neither DOM nor Node types), so the authority is read by hand.
    const url = /^(https?):\/\/([^/?#\s]+)([/?#]\S*)?$/i.exec(baseUrl.trim());
    if (!url) return new Error(`--model-base-url ${JSON.stringify(baseUrl)} is not an http(s) URL`);
    if (url[2].includes("@")) return new Error("--model-base-url must not carry credentials: put the key in MODEL_API_KEY");
    return { provider: provider.data, modelId, baseUrl };
  }
  return baseUrl ? { provider: provider.data, modelId, baseUrl } : { provider: provider.data, modelId };
}

/** How a model is named in the record, reports and the page: "openai:gpt-4o". */
export function modelLabel(spec: ModelSpec): string {
  return `${spec.provider}:${spec.modelId}`;
}

/** The variable holding the key for the spec's provider. */
export function keyVariableFor(spec: ModelSpec): KeyVariable {
  if (spec.provider === "anthropic") return "ANTHROPIC_API_KEY";
  if (spec.provider === "openai") return "OPENAI_API_KEY";
  return "MODEL_API_KEY";
}
