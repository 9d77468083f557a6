/**
 * The shapes of secrets in text: known key formats, credentials in URLs and connection strings,
 * values after secret-named flags and fields. A hostile server chooses the text: the named
 * patterns read each value once, however many names precede it.
 */
export interface Pattern {
    what: string;
    re: RegExp;
    /** Groups: 1 is kept before the marker, 2 the secret. */
    keep?: 1;
    /**
     * Group 1 is the name; the match is kept and ends where the value starts, which a lookahead
     * only checks, so that a name that is not a secret's consumes nothing after it (`"note":
     * "token=…"` is still seen) and no value is read twice (linear time on hostile text). `value`
     * (sticky) then reads a lead that is kept (spaces, an opening quote) and the secret.
     */
    named?: {
        is: (name: string) => boolean;
        value: RegExp;
    };
    /**
     * What every match holds, tested case-blind: a text without it is not searched with `re`. The
     * literal part of the pattern (its prefix, its scheme, its header's name) or, for a named
     * pattern, a word every secret name holds (SECRET_NAME_HINT).
     */
    needs: RegExp;
}
/** The patterns, for a test that holds each one's `needs` to what its `re` matches. */
export declare const SECRET_PATTERNS: readonly Readonly<Pattern>[];
/** The text with every secret a pattern finds replaced by what `hide` returns (a marker). */
export declare function redactPatterns(text: string, hide: (secret: string, what: string) => string): string;
/**
 * Every private key block: from its BEGIN header to its END line, or, when the END never comes,
 * through the base64 that follows. Linear in the text whatever it holds: each header's END is
 * searched for once from where the last search stopped, and none is searched for again once one
 * was missing (a regex's lazy `[\s\S]*?` scanned to the end of the text for each unterminated
 * header: 27 s at 1.75 MiB). `scanned`, when given, counts the characters the searches passed over.
 */
export declare function privateKeySpans(text: string, scanned?: {
    chars: number;
}): Array<[number, number]>;
