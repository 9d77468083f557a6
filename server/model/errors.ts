import { APICallError } from "ai";
import type { KeyStore } from "./keys";

export type ModelErrorKind = "no-key" | "auth" | "rate-limit" | "timeout" | "bad-answer" | "provider";

/**
 * A model that could not answer, classified so the page and the CLI can say what to do; the
 * message is the provider's own words (issue 40: "shown as the provider said"), keys masked.
 */
export class ModelError extends Error {
  constructor(
    readonly kind: ModelErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "ModelError";
  }
}

/** Error names of the AI SDK for an answer it could not read (a malformed body, a schema miss). */
const BAD_ANSWER = new Set([
  "AI_InvalidResponseDataError",
  "AI_JSONParseError",
  "AI_TypeValidationError",
  "AI_NoOutputGeneratedError",
  "AI_EmptyResponseBodyError",
]);

/** Any failure of a model call as a ModelError, its message masked. */
export function asModelError(
  e: unknown,
  keys: KeyStore | undefined,
  ctx: { label: string; timedOut: boolean; timeoutMs: number },
): ModelError {
  if (e instanceof ModelError) return e;
  if (ctx.timedOut) return new ModelError("timeout", `${ctx.label} did not answer within ${seconds(ctx.timeoutMs)}`);
  const cause = unwrap(e);
  if (APICallError.isInstance(cause)) {
    const status = cause.statusCode;
    const words = mask(keys, providerWords(cause));
    const kind = status === 401 || status === 403 ? "auth" : status === 429 ? "rate-limit" : "provider";
    return new ModelError(kind, status ? `${ctx.label}: ${status}: ${words}` : `${ctx.label}: ${words}`, status);
  }
  const err = cause instanceof Error ? cause : new Error(String(cause));
  const kind = BAD_ANSWER.has(err.name) ? "bad-answer" : "provider";
  const reason = err.cause instanceof Error ? `${err.message}: ${err.cause.message}` : err.message;
  return new ModelError(kind, `${ctx.label}: ${mask(keys, reason)}`);
}

/** The SDK wraps a failed call in RetryError (lastError) or a stream error; the provider's error is inside. */
function unwrap(e: unknown): unknown {
  let cur = e;
  for (let i = 0; i < 4 && cur instanceof Error; i++) {
    const last: unknown = Reflect.get(cur, "lastError");
    if (last) cur = last;
    else if (!APICallError.isInstance(cur) && APICallError.isInstance(cur.cause)) cur = cur.cause;
    else break;
  }
  return cur;
}

/** The provider's message: the SDK's parsed error.message, else the response body as sent. */
function providerWords(e: APICallError): string {
  if (e.message && !/^Failed to process/.test(e.message)) return e.message;
  return (e.responseBody ?? e.message).slice(0, 2000);
}

function mask(keys: KeyStore | undefined, text: string): string {
  return keys ? keys.mask(text) : text;
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}
