/**
 * A redacted value that still compares (issue 64 point 2). A recording never holds a secret in
 * clear: the value becomes `[redacted: what]`, and, when it is long enough that its digest cannot
 * be turned back by trying candidates, `{hmac:SALT:DIGEST}` right after it: the first 16 hex digits
 * of HMAC-SHA-256 keyed with SALT, a random 8-hex salt drawn once per redaction of a file and written
 * in each marker. Replay, the mock and snapshots compare a live value with a marker by computing the
 * same digest, on any machine: nothing else needs to be kept. A shorter value (a PIN, a 6-letter
 * word) keeps the plain marker, and a comparing path takes any live value there (docs/session-format.md).
 */
/** Values shorter than this are not digested: 64 bits of HMAC over a short value can be searched. */
export declare const DIGEST_MIN_LENGTH = 12;
/** A new salt: 8 random hex digits. */
export declare function newSalt(): string;
/** HMAC-SHA-256 (RFC 2104) of the value keyed with the salt, as hex. */
export declare function hmacSha256(key: string, value: string): string;
/** The 16-hex digest a marker carries for a value. */
export declare function secretDigest(value: string, salt: string): string;
/** What a redacted value becomes: `[redacted: what]`, with `{hmac:SALT:DIGEST}` when the value is long enough. */
export declare function redactionMarker(what: string, value: string, salt: string | undefined): string;
/** True when the text holds a redaction marker. */
export declare function holdsMarker(text: string): boolean;
/**
 * Whether a live text is what a recorded text with redaction markers was: the text around the
 * markers the same, each digested marker standing for a value of the same digest, each plain
 * marker for any value of at least one character. Undefined when the recorded text holds no
 * marker (compare it as it is).
 */
export declare function matchesRedacted(recorded: string, live: string): boolean | undefined;
