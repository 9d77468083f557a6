import * as z from "zod";
import { looksLikeKey } from "./looks-like-key";
export { looksLikeKey };
/** The providers a person can bring a key for (issue 40); openai-compatible covers Ollama, LM Studio, vLLM and llama.cpp. */
export declare const ModelProviderSchema: z.ZodEnum<{
    anthropic: "anthropic";
    openai: "openai";
    "openai-compatible": "openai-compatible";
}>;
export type ModelProvider = z.infer<typeof ModelProviderSchema>;
/** Which model to ask: `provider:model-id`, and for an OpenAI-compatible server its base URL. */
export declare const ModelSpecSchema: z.ZodObject<{
    provider: z.ZodEnum<{
        anthropic: "anthropic";
        openai: "openai";
        "openai-compatible": "openai-compatible";
    }>;
    modelId: z.ZodString;
    baseUrl: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export type ModelSpec = z.infer<typeof ModelSpecSchema>;
/** The environment variable each provider's key comes from (keys never come from argv). */
export type KeyVariable = "ANTHROPIC_API_KEY" | "OPENAI_API_KEY" | "MODEL_API_KEY";
export declare const KEY_VARIABLES: readonly KeyVariable[];
/**
 * Parses `--model provider:model-id` ("openai:gpt-4o", "anthropic:claude-sonnet-4-5",
 * "openai-compatible:llama3" with `baseUrl`). Returns an Error that says what to write instead.
 */
export declare function parseModelSpec(text: string, baseUrl?: string): ModelSpec | Error;
/** How a model is named in the record, reports and the page: "openai:gpt-4o". */
export declare function modelLabel(spec: ModelSpec): string;
/** The variable holding the key for the spec's provider. */
export declare function keyVariableFor(spec: ModelSpec): KeyVariable;
