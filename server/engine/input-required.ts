import type { JsonRpcError } from "../../lib/wire/protocol";
import type { HeldRequests } from "./held-requests";
import { asRecord } from "../../lib/json/shape";

/** The most rounds one request may take before the engine stops retrying (the SDK's default cap too). */
export const MAX_INPUT_ROUNDS = 10;

export interface InputRequiredResult {
  resultType: "input_required";
  inputRequests?: Record<string, { method?: unknown; params?: unknown }>;
  requestState?: string;
}

/** True for a 2026-07-28 `input_required` result: the server wants input before it answers. */
export function isInputRequired(result: unknown): result is InputRequiredResult {
  return asRecord(result).resultType === "input_required";
}

/**
 * Ask the person (through the same queue as a server's own sampling, elicitation and roots
 * requests) for every request embedded in an `input_required` result. Resolves with the params to
 * retry with (`inputResponses`, and `requestState` echoed byte for byte), or with the first error
 * the person (or a timeout) gave instead of an answer.
 */
export async function gatherInput(
  result: InputRequiredResult,
  held: HeldRequests,
  where: { requestSeq: number; responseSeq: number },
): Promise<{ retryParams: Record<string, unknown> } | { error: JsonRpcError }> {
  const asks = Object.entries(result.inputRequests ?? {}).map(async ([key, req]) => {
    const method = typeof req?.method === "string" ? req.method : "";
    const params = req?.params && typeof req.params === "object" ? (req.params as Record<string, unknown>) : {};
    return [key, await held.holdEmbedded(method, params, where.responseSeq, { requestSeq: where.requestSeq, key })] as const;
  });
  const answers = await Promise.all(asks);
  const failed = answers.find(([, reply]) => "error" in reply);
  if (failed) return { error: (failed[1] as { error: JsonRpcError }).error };
  const inputResponses = Object.fromEntries(answers.map(([key, reply]) => [key, (reply as { result: Record<string, unknown> }).result]));
  return {
    retryParams: {
      ...(answers.length ? { inputResponses } : {}),
      ...(result.requestState !== undefined ? { requestState: result.requestState } : {}),
    },
  };
}
