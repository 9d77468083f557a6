import type { JsonRpcError } from "../../lib/wire/protocol";
import type { HeldRequests } from "./held-requests";
/** The most rounds one request may take before the engine stops retrying (the SDK's default cap too). */
export declare const MAX_INPUT_ROUNDS = 10;
export interface InputRequiredResult {
    resultType: "input_required";
    inputRequests?: Record<string, {
        method?: unknown;
        params?: unknown;
    }>;
    requestState?: string;
}
/** True for a 2026-07-28 `input_required` result: the server wants input before it answers. */
export declare function isInputRequired(result: unknown): result is InputRequiredResult;
/**
 * Ask the person (through the same queue as a server's own sampling, elicitation and roots
 * requests) for every request embedded in an `input_required` result. Resolves with the params to
 * retry with (`inputResponses`, and `requestState` echoed byte for byte), or with the first error
 * the person (or a timeout) gave instead of an answer.
 */
export declare function gatherInput(result: InputRequiredResult, held: HeldRequests, where: {
    requestSeq: number;
    responseSeq: number;
}): Promise<{
    retryParams: Record<string, unknown>;
} | {
    error: JsonRpcError;
}>;
