import { type Collection, type Expectation, type Step } from "./schema";
export * from "./schema";
/** What is wrong with a collection file: one error, where it is (line is 1-based). */
export interface CollectionError {
    file: string;
    line?: number;
    /** The key path, e.g. `steps[1].expect[0].equalz`. */
    key?: string;
    message: string;
}
/** `stepLines`: the 1-based line where each step starts, for reports and CI annotations that point into the file. */
export type ParsedCollection = {
    ok: true;
    collection: Collection;
    stepLines: number[];
} | {
    ok: false;
    error: CollectionError;
};
/**
 * Read a collection file's text (YAML, or JSON, which YAML 1.2 reads the same way). The first
 * problem is returned with its line and key, so the person fixes it in one look and nothing runs.
 * The `yaml` package (not JSON.parse, not js-yaml) because it keeps each node's position and the
 * comments, which the page's edits (appendStep) must leave in place.
 */
export declare function parseCollection(text: string, file: string): ParsedCollection;
/** The most a collection may hold with its aliases written out, in characters of JSON (about). */
export declare const MAX_EXPANDED_CHARS: number;
/**
 * Whether the value, each shared (aliased) part counted every time it appears, is bigger than
 * `max` characters of JSON. Stops as soon as it is: the walk costs at most `max` steps.
 */
export declare function expandedOver(value: unknown, max: number): boolean;
/** The keys that judge an ask step (an eval), and only it. */
export declare const EVAL_KEYS: readonly ["calls", "inOrder", "only", "reply", "runs", "passRate", "maxTurns"];
/** One kind per expectation; a path's test goes with a path. Exported for the page's editor. */
export declare function expectationProblem(e: Expectation): string | undefined;
/** `steps[1].expect[0]` */
export declare function keyText(path: readonly (string | number)[]): string;
/** The text of a collection with one more step at the end; comments, order and layout of the rest kept. */
export declare function appendStep(text: string, step: Step): string;
/** The text with step `index`'s expectations replaced (none: the key goes), the rest kept as written. */
export declare function setStepExpectations(text: string, index: number, expectations: Expectation[]): string;
/** A collection as the YAML a person would write: its fields in the schema's order; `comments` go above the steps they name (by index). */
export declare function stringifyCollection(c: Collection, comments?: ReadonlyMap<number, string>): string;
/** The 1-based line where each step starts, for reports and CI annotations that point into the file. */
export declare function stepLines(text: string): number[];
