import type { Family, Rule } from "../rule";
import type { LintCheckers } from "../checkers";
/**
 * A fresh set of families, in the order they see each message: pairing first (it tells the
 * others what a response answers), then shape, then the era (2026-07-28 or not, which the 2025
 * lifecycle rules need) and lifecycle (which records what was negotiated), tools before schema
 * (tools claims the schema issues it reports better).
 */
export declare function createFamilies(checkers: LintCheckers): Family[];
/** Every rule, in documentation order (docs/lint-rules.md). */
export declare const ALL_RULES: readonly Rule[];
