import type { KeyStore } from "./keys";
export type ModelErrorKind = "no-key" | "auth" | "rate-limit" | "timeout" | "bad-answer" | "provider";
/**
 * A model that could not answer, classified so the page and the CLI can say what to do; the
 * message is the provider's own words (issue 40: "shown as the provider said"), keys masked.
 */
export declare class ModelError extends Error {
    readonly kind: ModelErrorKind;
    readonly status?: number | undefined;
    constructor(kind: ModelErrorKind, message: string, status?: number | undefined);
}
/** Any failure of a model call as a ModelError, its message masked. */
export declare function asModelError(e: unknown, keys: KeyStore | undefined, ctx: {
    label: string;
    timedOut: boolean;
    timeoutMs: number;
}): ModelError;
