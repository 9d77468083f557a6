/**
 * A known secret in the forms a text may carry it, not only as written: JSON-escaped
 * (`\u0073k-…`, `\/`, escaped twice), percent-encoded, as HTML character references, in another
 * case, with zero-width, invisible or blank characters inside it, in fullwidth letters, in hex, in
 * base64 or base64url at any of the three byte alignments (with or without padding, inside a
 * longer encoded text), and split across the chunks of a stream (SSE `data:` lines or JSON lines
 * whose same field, read in order, spells it). Issue 52 item 4: an endpoint that echoed a model
 * key in any of these got it past a literal search into the record and the saved session.
 *
 * How: the text is read through "views" that decode it (each decoded character remembers the
 * span of the text it came from) and every view is searched for every secret; what a view finds
 * is masked in the text as it was, so the rest reads as it did.
 */
/** Secrets shorter than this are searched for only as written: another case of a 5-letter value would mask ordinary words. */
export declare const FORMS_MIN = 8;
/** One place a secret was found: [start, end) of the text as given, and which secret (its index in the list). */
export interface FormMatch {
    start: number;
    end: number;
    index: number;
}
export declare class SecretForms {
    private readonly literal;
    private readonly folded;
    private readonly exact;
    /** `secrets` in order of preference (a match of an earlier one wins a tie); `formsMin` is FORMS_MIN unless given. */
    constructor(secrets: readonly string[], o?: {
        formsMin?: number;
        literalMin?: number;
    });
    /** Where the secrets are in `text`, in order, overlaps merged (the first found keeps its index). */
    find(text: string): FormMatch[];
    /** The text with each secret found replaced by `marker(index)`, and the indexes found. */
    replace(text: string, marker: (index: number) => string): {
        text: string;
        found: Set<number>;
    };
    private search;
}
/**
 * The base64 characters that depend only on the secret's bytes, for each of the three places it
 * may start in a longer encoded text (GitHub's secret scanning does the same): whatever comes
 * before or after changes at most the first and last character, which are left out. Then the
 * base64url spelling of each.
 */
export declare function base64Cores(secret: string): string[];
