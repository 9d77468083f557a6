/** The text with every invisible, blank-looking or direction-changing character written as an escape. */
export declare function visible(text: string): string;
/**
 * JSON text (as JSON.stringify writes it) with every character `visible` would escape written as
 * a \uXXXX escape: the same data once parsed, but no raw C1 control (U+009B is a CSI on some
 * terminals), bidi control or separator in the bytes. JSON.stringify escapes U+0000–001F inside
 * strings, so a raw newline is its indentation; the rest can only stand inside strings, where an
 * escape keeps the JSON valid.
 */
export declare function inertJson(json: string): string;
/** The text with each character `visible` would escape replaced by `f(character)`. */
export declare function replaceInvisible(text: string, f: (c: string) => string): string;
/** True when the text holds a character `visible` would escape. */
export declare function hasInvisible(text: string): boolean;
/** One argument as a POSIX shell would need it quoted, with invisible characters escaped. */
export declare function shellQuoted(arg: string): string;
