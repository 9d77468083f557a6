import type { Entry } from "../record/format";
import type { Finding } from "./finding";
import { Linter as LinterWith, type LintContext } from "./linter";
export { FindingSchema, SeveritySchema, countBySeverity, type Finding, type Severity } from "./finding";
export { ALL_RULES } from "./rules";
export type { Rule } from "./rule";
export type { LintContext } from "./linter";
/** The live linter (./linter.ts) with its checkers loaded: see there. */
export declare class Linter extends LinterWith {
    constructor(context?: LintContext);
}
/** Lint a whole record at once: every entry in order, then finish(). */
export declare function lintRecord(entries: Iterable<Entry>, context?: LintContext): Finding[];
/** Rule ids, for callers that filter or count by rule. */
export declare const RULE_IDS: readonly string[];
