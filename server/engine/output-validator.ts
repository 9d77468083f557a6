// The output verdicts' validator (Ajv, and RE2 for patterns: lib/protocol/output-verdict.ts) loads
// at its first use, not with the engine (issue 49): a session whose tools declare no outputSchema
// never loads it. One module for the engine and the SDK shim (./sdk-shims.ts), so it loads once.
type OutputVerdictModule = typeof import("../../lib/protocol/output-verdict");

let loaded: OutputVerdictModule | undefined;
let loading: Promise<OutputVerdictModule> | undefined;

/** The validator's module if it has loaded, else undefined. */
export function loadedOutputValidator(): OutputVerdictModule | undefined {
  return loaded;
}

/** Load the validator's module (once). */
export function loadOutputValidator(): Promise<OutputVerdictModule> {
  return (loading ??= import("../../lib/protocol/output-verdict").then((m) => (loaded = m)));
}
