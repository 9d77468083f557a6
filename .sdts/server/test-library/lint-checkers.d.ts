import type { CheckerName, LintCheckers } from "../../lib/lint/checkers";
type Validator = typeof import("../../lib/protocol/output-verdict");
/**
 * The live lint's heavy checkers, each loaded on demand (issue 49): a test's first call lists
 * plain tool schemas and reads no SKILL.md, so neither Ajv and RE2 nor YAML loads for it. The
 * live lint asks for a checker when the record shows a message that needs it and lints nothing
 * from that message on until it is here; a rule calling one before that is a bug in
 * lib/lint/checker-needs.ts, and fails loudly rather than lose its finding.
 */
export declare class LazyCheckers implements LintCheckers {
    private validator?;
    private frontmatter?;
    private readonly loading;
    private failed?;
    private inFlight;
    /** Every checker of `names` is loaded. */
    has(names: readonly CheckerName[]): boolean;
    /** Loads the checkers of `names` (once each); resolves when all are here. */
    load(names: readonly CheckerName[]): Promise<void>;
    /** Resolves when every load started so far has ended, loaded or failed (at once when none runs: every call awaits it). */
    settled(): Promise<void>;
    /** Why a load failed, if one did. */
    failure(): unknown;
    schemaValidator(): InstanceType<Validator["SchemaValidator"]>;
    checkFrontmatterMatch: LintCheckers["checkFrontmatterMatch"];
    private loadOne;
}
export {};
