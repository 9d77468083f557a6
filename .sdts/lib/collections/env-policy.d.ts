/**
 * Which `${NAME}` a collection may fill from the environment (issue 52 point 1). A collection is
 * a file, and a file may come from anyone: what it fills is sent to the server. So:
 * - the inspector's own secrets and every known model or provider credential are never filled,
 *   whoever runs it: NEVER_FILLED below (the model keys, every `INSPECTOR_*`, `MCP_*` and
 *   `OTEL_*` variable, the usual provider keys and tokens);
 * - in `inspector test` (the person's own command line) any other name is filled;
 * - in the page's Collections tab and the agent's run_collection (a file run on someone's behalf)
 *   only the target's own env names (already given to that server) and the names the person
 *   listed at start in INSPECTOR_COLLECTION_ENV.
 */
/** The variable the person lists, at start, the names the page and the agent may fill: `A,B`. */
export declare const COLLECTION_ENV_VARIABLE = "INSPECTOR_COLLECTION_ENV";
/** What a lookup of `${NAME}` gives: the value, nothing (unset), or why it is refused. */
export type EnvAnswer = {
    value: string;
} | {
    refused: string;
} | undefined;
/** How `${NAME}` is looked up. */
export type EnvLookup = (name: string) => EnvAnswer;
/** One rule of the deny-list: exact names, or every name with a prefix, and why. */
export interface NeverFilled {
    /** Exact names (upper case). */
    names?: readonly string[];
    /** Every name starting with this (upper case, compared without regard to case). */
    prefix?: string;
    why: string;
}
/**
 * The one list of names `${NAME}` never fills, in the CLI (`inspector test`), the page's
 * Collections tab and the agent's run_collection alike (issue 62 point 4). docs/collections.md
 * ("What `${NAME}` may fill") lists the same names; test/collections/env-policy.test.ts holds a
 * case per name and checks the doc against this list.
 */
export declare const NEVER_FILLED: readonly NeverFilled[];
/** Why the inspector never fills this name, or undefined when it may. */
export declare function inspectorSecretReason(name: string): string | undefined;
/** The names listed in INSPECTOR_COLLECTION_ENV (commas or spaces between them). */
export declare function listedNames(env: Readonly<Record<string, string | undefined>>): string[];
/** The command line's lookup: any variable of its environment but the inspector's own secrets. */
export declare function commandLineEnv(env: Readonly<Record<string, string | undefined>>): EnvLookup;
/**
 * The page's and the agent's lookup: the target's own env (what the person already gave that
 * server), then the names listed at start, read from `env`; anything else is refused, naming how
 * to allow it.
 */
export declare function listedEnv(env: Readonly<Record<string, string | undefined>>, listed: readonly string[], targetEnv?: Readonly<Record<string, string>>): EnvLookup;
