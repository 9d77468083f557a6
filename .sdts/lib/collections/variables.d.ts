import type { EnvLookup } from "./env-policy";
/**
 * `${ENV}` (the environment of the run, so secrets stay out of the file) and `{{name}}` (a
 * collection variable or an earlier step's capture) in a step's strings. A string that is only
 * `{{name}}` becomes the value itself, so a captured number stays a number. Which `${ENV}` may
 * be filled is the lookup's decision (./env-policy.ts); a refused name is an error naming it.
 */
export type Scope = Readonly<Record<string, unknown>>;
/** The environment as a plain record (every name may be filled), or a lookup that decides per name. */
export type EnvSource = Readonly<Record<string, string | undefined>> | EnvLookup;
/** What could not be filled in: names no variable, capture or environment variable has, and names refused (with why). */
export declare class MissingValue extends Error {
    readonly names: string[];
    readonly refused: ReadonlyArray<{
        name: string;
        why: string;
    }>;
    constructor(names: string[], refused?: ReadonlyArray<{
        name: string;
        why: string;
    }>);
}
/** Where each `${NAME}` filled went: its name and value, for redacting exactly those values later. */
export type Filled = Map<string, string>;
/**
 * The value with every `${ENV}` and `{{name}}` filled in; throws MissingValue naming the ones that
 * are not set or refused. Each environment value used is added to `filled` (name → value).
 */
export declare function fillIn<T>(value: T, scope: Scope, env: EnvSource, filled?: Filled): T;
/**
 * The text with `replace` applied to all but its `${NAME}` references: a reference is a name,
 * never a value, so redacting a secret that equals a name keeps the name (issue 62).
 */
export declare function outsideNameRefs(s: string, replace: (part: string) => string): string;
