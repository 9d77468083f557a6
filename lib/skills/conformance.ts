import { DYNAMIC, type SkillEntry, type SkillResource } from "./schema";
import { skillNameFromUri, skillRoot, skillUriIdentity, SKILL_FILE_SUFFIX } from "./uri";

// SEP-2640's rules for one listed entry, as the official inspector's core/mcp/skills.ts words and
// grades them: a broken MUST is an error; the interoperability limits (512 files, 16 MiB a skill)
// are SHOULD NOTs, so exceeding them is a warning.

export const MAX_RESOURCE_ENTRIES = 512;
export const MAX_TOTAL_BYTES = 16 * 1024 * 1024;
export const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/;
/** Agent Skills names: lowercase alphanumerics and single hyphens, at most 64 characters. */
const NAME_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NAME_MAX = 64;
const DESCRIPTION_MAX = 1024;

export interface SkillIssue {
  /** A stable name for the problem (`malformed-digest`, `frontmatter-mismatch`, …). */
  code: string;
  severity: "error" | "warning";
  message: string;
  /** The manifest entry the issue is about, when it is about one file. */
  resourceUri?: string;
}

const codePoints = (s: string) => [...s].length;

/** Every SEP-2640 problem of one entry that the entry alone shows (no file read). */
export function checkSkillEntry(entry: SkillEntry): SkillIssue[] {
  const issues: SkillIssue[] = [];
  const error = (code: string, message: string, resourceUri?: string) =>
    issues.push({ code, severity: "error", message, ...(resourceUri !== undefined ? { resourceUri } : {}) });
  const name = entry.frontmatter.name?.trim() ? entry.frontmatter.name : undefined;
  if (!name) error("missing-name", "frontmatter.name is required but missing or empty");
  else if (codePoints(name) > NAME_MAX || !NAME_PATTERN.test(name))
    error(
      "malformed-name",
      `frontmatter.name "${name}" is not an Agent Skills name: 1–${NAME_MAX} lowercase letters, digits and single inner hyphens`,
    );
  const description = entry.frontmatter.description;
  if (!description?.trim()) error("missing-description", "frontmatter.description is required but missing or empty");
  else if (codePoints(description) > DESCRIPTION_MAX)
    error(
      "malformed-description",
      `frontmatter.description is ${codePoints(description)} characters, above the ${DESCRIPTION_MAX}-character limit`,
    );
  const uriName = skillNameFromUri(entry.uri);
  if (uriName === undefined)
    error("malformed-uri", `the skill URI must be hierarchical and end with a non-empty segment and "${SKILL_FILE_SUFFIX}"`);
  else if (name && uriName !== name) error("name-path-mismatch", `the URI's segment "${uriName}" is not frontmatter.name "${name}"`);
  if (entry.resources === DYNAMIC) {
    issues.push({
      code: "dynamic-resources",
      severity: "warning",
      message: 'resources is "dynamic": no digest is advertised, so the files cannot be verified',
    });
    return issues;
  }
  issues.push(...manifestIssues(entry.uri, entry.resources));
  return issues;
}

function manifestIssues(entryUri: string, resources: SkillResource[]): SkillIssue[] {
  const issues: SkillIssue[] = [];
  const at = (code: string, message: string, resourceUri: string) => issues.push({ code, severity: "error", message, resourceUri });
  if (resources.length > MAX_RESOURCE_ENTRIES)
    issues.push({
      code: "resource-limit-exceeded",
      severity: "warning",
      message: `${resources.length} files, above the ${MAX_RESOURCE_ENTRIES}-entry interoperability limit`,
    });
  const total = totalBytes(resources);
  if (total > MAX_TOTAL_BYTES)
    issues.push({
      code: "size-limit-exceeded",
      severity: "warning",
      message: `the files total ${total} bytes, above the 16 MiB interoperability limit`,
    });
  const self = skillUriIdentity(entryUri);
  if (!resources.some((r) => skillUriIdentity(r.uri) === self))
    issues.push({
      code: "manifest-missing-self",
      severity: "error",
      message: `the manifest does not list the skill's own SKILL.md (${entryUri}); it must be the complete file set`,
    });
  const root = skillRoot(entryUri);
  const seen = new Set<string>();
  for (const r of resources) {
    const id = skillUriIdentity(r.uri);
    if (seen.has(id)) at("duplicate-resource", "the manifest lists this URI more than once", r.uri);
    seen.add(id);
    if (root !== undefined && !skillUriIdentity(r.uri).startsWith(root))
      at("resource-outside-skill-root", `not inside the skill's root ${root}`, r.uri);
    if (r.digest === undefined) at("missing-digest", "no digest: it is required, and without it the file cannot be verified", r.uri);
    else if (!DIGEST_PATTERN.test(r.digest))
      at("malformed-digest", `digest "${r.digest}" is not "sha256:" and 64 lowercase hex digits`, r.uri);
    if (r.size === undefined) at("missing-size", "no size: it is required (the 16 MiB total and the length check need it)", r.uri);
    else if (!isUsableSize(r.size)) at("malformed-size", `size ${r.size} is not a non-negative integer byte count`, r.uri);
  }
  return issues;
}

export function isUsableSize(size: unknown): size is number {
  return typeof size === "number" && Number.isSafeInteger(size) && size >= 0;
}

/** The declared total of a manifest (unusable sizes count 0). */
export function totalBytes(resources: readonly SkillResource[]): number {
  return resources.reduce((sum, r) => sum + (isUsableSize(r.size) ? r.size : 0), 0);
}

/**
 * Skills of one listing sharing a name under different URIs: legal, but a consumer must tell them
 * apart by URI. A warning per entry, keyed by the entry's URI identity.
 */
export function nameCollisions(entries: readonly SkillEntry[]): Map<string, SkillIssue> {
  const byName = new Map<string, Set<string>>();
  for (const e of entries) {
    const name = e.frontmatter.name;
    if (typeof name !== "string" || !name.trim()) continue;
    byName.set(name, (byName.get(name) ?? new Set()).add(skillUriIdentity(e.uri)));
  }
  const out = new Map<string, SkillIssue>();
  for (const [name, uris] of byName) {
    if (uris.size < 2) continue;
    for (const uri of uris) {
      const others = [...uris].filter((u) => u !== uri).sort();
      out.set(uri, {
        code: "duplicate-name",
        severity: "warning",
        message: `${others.length} other skill(s) in this listing also declare the name "${name}" (${others.slice(0, 3).join(", ")}${others.length > 3 ? ", …" : ""}); consumers must tell them apart by URI`,
      });
    }
  }
  return out;
}
