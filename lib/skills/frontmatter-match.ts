import type { SkillEntry } from "./schema";
import type { SkillIssue } from "./conformance";
import { jsonGraphError, jsonLikeEqual, parseFrontmatter, splitSkillFile } from "./skill-file";

/** The served SKILL.md's frontmatter against the listing's, field by field (SEP-2640: they are the same). */
export function checkFrontmatterMatch(entry: SkillEntry, skillFileText: string): SkillIssue[] {
  const issue = (code: string, message: string): SkillIssue => ({ code, severity: "error", message, resourceUri: entry.uri });
  const { frontmatter } = splitSkillFile(skillFileText);
  if (frontmatter === undefined) return [issue("frontmatter-absent", "the served SKILL.md has no YAML frontmatter block")];
  const listedError = jsonGraphError(entry.frontmatter);
  if (listedError) return [issue("frontmatter-unparsable", `the listing's frontmatter cannot be compared: ${listedError}`)];
  const parsed = parseFrontmatter(frontmatter);
  if ("error" in parsed) return [issue("frontmatter-unparsable", `the served SKILL.md's frontmatter is not valid YAML: ${parsed.error}`)];
  const listed = entry.frontmatter as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(listed), ...Object.keys(parsed.fields)])].sort();
  const issues: SkillIssue[] = [];
  for (const field of fields) {
    const a = listed[field];
    const b = parsed.fields[field];
    if (a === undefined) issues.push(issue("frontmatter-mismatch", `the served SKILL.md declares "${field}" but the listing omits it`));
    else if (b === undefined)
      issues.push(issue("frontmatter-mismatch", `the listing declares "${field}" but the served SKILL.md omits it`));
    else if (!jsonLikeEqual(a, b))
      issues.push(issue("frontmatter-mismatch", `"${field}" differs: the listing says ${short(a)}, the served SKILL.md ${short(b)}`));
  }
  return issues;
}

function short(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 80 ? s.slice(0, 79) + "…" : s;
}
