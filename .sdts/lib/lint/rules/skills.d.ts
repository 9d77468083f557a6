import type { Family, Rule } from "../rule";
import type { LintCheckers } from "../checkers";
export declare const SKILL_RULES: {
    readonly shape: Rule;
    readonly entry: Rule;
    readonly limits: Rule;
    readonly digest: Rule;
    readonly frontmatter: Rule;
};
/**
 * Whether linting may need YAML from this message on: a skills/list or skills/get answer (a
 * `skills` or `skill` result). Only a file such an answer listed is parsed (its SKILL.md's
 * frontmatter, when a resources/read serves it later), so the live lint loads YAML from the first
 * listing on; it must be true for every listing the family below remembers.
 */
export declare function listsSkills(message: unknown): boolean;
export declare function skillsFamily(checkers: Pick<LintCheckers, "checkFrontmatterMatch">): Family;
