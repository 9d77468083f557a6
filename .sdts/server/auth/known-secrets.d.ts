import type { AuthEvent } from "../../lib/auth/steps";
/**
 * The secret values one OAuth session has held (client secret, tokens, code, verifier), masked
 * wherever they appear: a server that echoes the client secret in its error_description, or a
 * token in a message, is shown masked (issue 22 item 9). Keys alone miss an echo in prose.
 */
export declare class KnownSecrets {
    /** Each form a value may take in text (as is, percent-encoded, form-encoded) and what it shows as. */
    private readonly forms;
    add(...values: (string | undefined)[]): void;
    /** The text with every known value, then every key=value pattern, masked. */
    mask(text: string): string;
    /** An event with every string in it masked (the record and the page get only this). */
    maskEvent(event: AuthEvent): AuthEvent;
    /** The error as thrown, its message masked; the same class, step and spec. */
    maskError(e: unknown): unknown;
}
