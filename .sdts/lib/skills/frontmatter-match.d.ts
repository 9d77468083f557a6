import type { SkillEntry } from "./schema";
import type { SkillIssue } from "./conformance";
/** The served SKILL.md's frontmatter against the listing's, field by field (SEP-2640: they are the same). */
export declare function checkFrontmatterMatch(entry: SkillEntry, skillFileText: string): SkillIssue[];
