import type { Entry } from "../../lib/record/format";
/** One id replaced in a request: the recorded value and the live one sent instead. */
export interface MappedId {
    from: string;
    to: string;
}
/**
 * The values a recorded server minted and the recorded client echoed: a string at an id-like key
 * of a response's result that a later client request carries anywhere in its params. Only these
 * are mapped on replay; a plain word that happens to repeat ("ok") is never rewritten.
 */
export declare function echoedIds(entries: readonly Entry[]): Set<string>;
/**
 * The recorded-to-live map of server-minted ids during one replay. `learn` compares a recorded
 * result with the live one at the same paths; `apply` rewrites a recorded request before it is sent
 * again, so `tasks/get` asks for the live task, not the recorded one ("Task not found").
 */
export declare class IdMap {
    private readonly candidates;
    private readonly map;
    constructor(candidates: ReadonlySet<string>);
    /** Learn the ids the live server minted where the recorded one minted an echoed id. */
    learn(recorded: unknown, live: unknown, key?: string): void;
    /** `value` with every recorded id replaced by its live counterpart, and which were replaced. */
    apply<T>(value: T): {
        value: T;
        mapped: MappedId[];
    };
}
