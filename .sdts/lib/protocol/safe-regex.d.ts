/** A pattern that runs in linear time; `test` searches anywhere in the string, as RegExp#test. */
export interface SafePattern {
    test(s: string): boolean;
    toString(): string;
}
/** A pattern RE2 cannot run: not checked, never a hang. */
export declare class UncheckedPattern extends Error {
    readonly pattern: string;
    readonly why: string;
    constructor(pattern: string, why: string);
}
/**
 * Compiles an ECMAScript pattern to a linear-time matcher. Throws the SyntaxError `new RegExp`
 * would for an invalid pattern; returns an UncheckedPattern for one RE2 cannot express.
 */
export declare function safePattern(pattern: string): SafePattern | UncheckedPattern;
/** Translates a valid Unicode-mode ECMAScript pattern into RE2 syntax (exported for tests). */
export declare function toRe2(pattern: string): {
    source: string;
    flags: number;
};
/** What Ajv's `code.regExp` option takes (ajv's RegExpEngine, spelled here so the page's rjsf copy fits too). */
export interface RegExpEngineLike {
    (pattern: string, u: string): {
        test(s: string): boolean;
    };
    code: string;
}
/**
 * An Ajv `code.regExp` engine: every `pattern` and `patternProperties` key runs on RE2 in linear
 * time. A pattern RE2 cannot run passes every string and is reported to `onUnchecked` each time a
 * schema that holds it is compiled, so the caller can say "pattern not checked" instead of hanging.
 */
export declare function safeRegExpEngine(onUnchecked: (u: UncheckedPattern) => void): RegExpEngineLike;
