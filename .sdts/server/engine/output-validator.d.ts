type OutputVerdictModule = typeof import("../../lib/protocol/output-verdict");
/** The validator's module if it has loaded, else undefined. */
export declare function loadedOutputValidator(): OutputVerdictModule | undefined;
/** Load the validator's module (once). */
export declare function loadOutputValidator(): Promise<OutputVerdictModule>;
export {};
