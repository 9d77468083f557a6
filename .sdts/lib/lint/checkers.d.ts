import type { SchemaValidator } from "../protocol/output-verdict";
import type { checkFrontmatterMatch } from "../skills/frontmatter-match";
/**
 * What a few rules run on that is heavy to load, handed to the linter rather than imported by the
 * rules (issue 49): the tools rules' schema validator (Ajv and RE2, 580 KiB) and the Skills rules'
 * SKILL.md frontmatter check (YAML, 260 KiB). `lib/lint`'s Linter hands the loaded ones; the test
 * library's live lint loads each when the record first shows a message that needs it.
 */
export interface LintCheckers {
    schemaValidator(): SchemaValidator;
    checkFrontmatterMatch: typeof checkFrontmatterMatch;
}
export type CheckerName = keyof LintCheckers;
