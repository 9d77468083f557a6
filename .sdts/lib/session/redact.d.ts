import type { SessionFile } from "./file";
/**
 * Secrets never leave by accident: before a session is shared, every string in it is scanned
 * for the target's env and header values, bearer tokens, common API-key shapes and fields named
 * like secrets, and those are replaced by a marker naming what was there. A marker never
 * repeats the name it was found under beyond a few known words (see secret-names.ts): a key or
 * flag may itself hold the secret.
 */
export interface RedactOptions {
    /** Values that must never appear: the target's env and header values, by name. */
    secrets: Record<string, string>;
    /** Entries the person chose to leave out entirely. */
    dropSeqs?: readonly number[];
    /** More strings the person marked as secret. */
    extra?: readonly string[];
    /**
     * The salt of the digests written beside long redacted values (secret-digest.ts), so that replay
     * compares a live value with them; a new random one when not given.
     */
    salt?: string;
}
export interface RedactionHit {
    seq?: number;
    what: string;
    /** A hint of what was hidden that does not reveal it: first characters and length. */
    preview: string;
}
/** Redact a session for sharing. Returns the new session and what was hidden, for the review step. */
export declare function redactSession(session: SessionFile, opts: RedactOptions): {
    session: SessionFile;
    hits: RedactionHit[];
};
