import type { Entry } from "../record/format";
import { SchemaValidator } from "../protocol/output-verdict";
import { checkFrontmatterMatch } from "../skills/frontmatter-match";
import type { LintCheckers } from "./checkers";
import type { Finding } from "./finding";
import { Linter as LinterWith, type LintContext } from "./linter";
import { ALL_RULES } from "./rules";

export { FindingSchema, SeveritySchema, countBySeverity, type Finding, type Severity } from "./finding";
export { ALL_RULES } from "./rules";
export type { Rule } from "./rule";
export type { LintContext } from "./linter";

/** The checkers loaded with the lint: the page, the CLI and `check` lint with every rule at hand. */
const LOADED: LintCheckers = { schemaValidator: () => new SchemaValidator(), checkFrontmatterMatch };

/** The live linter (./linter.ts) with its checkers loaded: see there. */
export class Linter extends LinterWith {
  constructor(context: LintContext = {}) {
    super(context, LOADED);
  }
}

/** Lint a whole record at once: every entry in order, then finish(). */
export function lintRecord(entries: Iterable<Entry>, context?: LintContext): Finding[] {
  const linter = new Linter(context);
  for (const e of entries) linter.push(e);
  linter.finish();
  return [...linter.findings()];
}

/** Rule ids, for callers that filter or count by rule. */
export const RULE_IDS: readonly string[] = ALL_RULES.map((r) => r.id);
