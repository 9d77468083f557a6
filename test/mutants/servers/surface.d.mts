// The part of surface.mjs the TypeScript side of the corpus reads.
/** Every bug the corpus plants, each with what it changes. */
export declare const MUTANTS: Record<string, string>;
/** Mutants that act on the process itself: never served beside others (`--any-mutant`). */
export declare const OWN_PROCESS: Set<string>;
