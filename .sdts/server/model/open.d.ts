import type { LanguageModel } from "ai";
import type { ModelEvent } from "../../lib/model/events";
import { type ModelSpec } from "../../lib/model/spec";
import type { KeyStore } from "./keys";
/** How long one model call may take before it is a `timeout` ModelError. */
export declare const DEFAULT_MODEL_TIMEOUT_MS = 120000;
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
export declare function openModel(spec: ModelSpec, o: ModelOptions): ModelClient;
