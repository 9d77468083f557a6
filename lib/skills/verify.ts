import { isObject } from "../json/shape";
import { checkSkillEntry, MAX_RESOURCE_ENTRIES, MAX_TOTAL_BYTES, nameCollisions, type SkillIssue } from "./conformance";
import { contentBytes, contentFor, verifyFile, type FileVerdict } from "./file-verdict";
import type { checkFrontmatterMatch as CheckFrontmatter } from "./frontmatter-match";
import { DYNAMIC, type SkillEntry, type SkillResource } from "./schema";
import { skillNameFromUri, skillUriIdentity } from "./uri";

/** How much one verification run reads across the catalog (the official CLI's defaults). */
export interface CatalogBudget {
  maxSkills: number;
  maxBytes: number;
}
export const DEFAULT_BUDGET: CatalogBudget = { maxSkills: 256, maxBytes: 64 * 1024 * 1024 };

/** One skill's verdict, one JSON line of `--verify` (the official CLI's report shape). */
export interface SkillReport {
  uri: string;
  name: string;
  conformance: SkillIssue[];
  frontmatter: SkillIssue[];
  files: FileVerdict[];
  /** Why not every file was read (the read bounds). */
  incomplete?: string;
  ok: boolean;
  /** failed: a broken rule or file; incomplete: bounds stopped the read; unverifiable: `resources: "dynamic"`. */
  outcome: "verified" | "failed" | "incomplete" | "unverifiable";
}

/** Reads one resource (resources/read) and resolves with its result; rejects with the error. */
export type ResourceReader = (uri: string) => Promise<unknown>;

/**
 * Verify each entry: its conformance, then every manifest file read and checked against its size
 * and SHA-256, then its SKILL.md's frontmatter against the listing. Reads stop at the SEP's
 * interoperability bounds per skill (512 files, 16 MiB, counted by what is served, not declared)
 * and at the budget across the catalog; what was not read is `incomplete`, never a pass.
 */
export async function verifySkills(read: ResourceReader, entries: readonly SkillEntry[], budget = DEFAULT_BUDGET): Promise<SkillReport[]> {
  // The frontmatter check parses YAML: it loads here, when skills are verified, not with the CLI
  // or the page that may never verify one (issue 49).
  const { checkFrontmatterMatch } = await import("./frontmatter-match");
  const collisions = nameCollisions(entries);
  const reports: SkillReport[] = [];
  let walked = 0;
  let catalogBytes = 0;
  for (const entry of entries) {
    const within = walked < budget.maxSkills && catalogBytes < budget.maxBytes;
    const declared = entry.resources === DYNAMIC ? [] : entry.resources;
    const self = skillUriIdentity(entry.uri);
    // SKILL.md first: a skill whose SKILL.md fails is not used, so nothing more of it is read.
    const manifest = within ? skillFileFirst(bounded(declared), self) : [];
    let incomplete = !within
      ? `not read: this run reached its budget of ${budget.maxSkills} skills / ${budget.maxBytes} bytes (raise it with --skill-catalog-max-skills / --skill-catalog-max-bytes, or verify this skill alone with --method skills/get --uri)`
      : manifest.length < declared.length
        ? `only ${manifest.length} of ${declared.length} files read: the skill exceeds the ${MAX_RESOURCE_ENTRIES}-file / 16 MiB interoperability limits`
        : undefined;
    const files: FileVerdict[] = [];
    let entryBytes: Uint8Array | undefined;
    let served = 0;
    for (const [i, resource] of manifest.entries()) {
      const got = await readBytes(read, resource.uri);
      const isSelf = skillUriIdentity(resource.uri) === self;
      let verdict: FileVerdict;
      if ("reason" in got) verdict = { uri: resource.uri, status: "read-error", reason: got.reason };
      else {
        if (isSelf) entryBytes = got.bytes;
        verdict = verifyFile(resource, got.bytes);
      }
      files.push(verdict);
      served += got.charged;
      if (isSelf && i < manifest.length - 1 && untrusted(verdict, entry, entryBytes, checkFrontmatterMatch)) {
        incomplete = `the other ${manifest.length - 1 - i} files were not read: SKILL.md failed verification, and a host must not use unverified content (SEP-2640)`;
        break;
      }
      if (served > MAX_TOTAL_BYTES) {
        if (i < manifest.length - 1)
          incomplete = `stopped after ${i + 1} of ${declared.length} files: what the server served passed the 16 MiB interoperability limit`;
        break;
      }
    }
    // A dynamic skill, or a manifest without its own SKILL.md: read it anyway for the frontmatter check.
    if (within && !manifest.some((r) => skillUriIdentity(r.uri) === self)) {
      const got = await readBytes(read, entry.uri);
      if ("reason" in got) files.push({ uri: entry.uri, status: "read-error", reason: got.reason });
      else entryBytes = got.bytes;
      served += got.charged;
    }
    if (within) {
      walked += 1;
      catalogBytes += served;
    }
    const collision = collisions.get(self);
    const conformance = [...checkSkillEntry(entry), ...(collision ? [collision] : [])];
    const frontmatter = entryBytes ? checkFrontmatterMatch(entry, new TextDecoder().decode(entryBytes)) : [];
    const failed =
      [...conformance, ...frontmatter].some((x) => x.severity === "error") ||
      files.some((f) => f.status === "mismatch" || f.status === "read-error");
    const outcome = failed ? "failed" : incomplete ? "incomplete" : entry.resources === DYNAMIC ? "unverifiable" : "verified";
    reports.push({
      uri: entry.uri,
      name: entry.frontmatter.name?.trim() || skillNameFromUri(entry.uri) || entry.uri,
      conformance,
      frontmatter,
      files,
      ...(incomplete ? { incomplete } : {}),
      ok: !failed,
      outcome,
    });
  }
  return reports;
}

/** The manifest with the skill's own SKILL.md moved to the front (the rest in their order). */
function skillFileFirst(manifest: SkillResource[], self: string): SkillResource[] {
  const at = manifest.findIndex((r) => skillUriIdentity(r.uri) === self);
  return at <= 0 ? manifest : [manifest[at], ...manifest.slice(0, at), ...manifest.slice(at + 1)];
}

/** A SKILL.md that did not verify: not served, a size or digest mismatch, or frontmatter that contradicts the listing. */
function untrusted(
  verdict: FileVerdict,
  entry: SkillEntry,
  bytes: Uint8Array | undefined,
  checkFrontmatterMatch: typeof CheckFrontmatter,
): boolean {
  if (verdict.status === "read-error" || verdict.status === "mismatch") return true;
  return bytes !== undefined && checkFrontmatterMatch(entry, new TextDecoder().decode(bytes)).some((x) => x.severity === "error");
}

/** The manifest's head that fits the per-skill bounds, by declared size. */
function bounded(declared: readonly SkillResource[]): SkillResource[] {
  const kept: SkillResource[] = [];
  let bytes = 0;
  for (const r of declared) {
    const size = typeof r.size === "number" && Number.isSafeInteger(r.size) && r.size >= 0 ? r.size : 0;
    if (kept.length >= MAX_RESOURCE_ENTRIES || bytes + size > MAX_TOTAL_BYTES) break;
    bytes += size;
    kept.push(r);
  }
  return kept;
}

async function readBytes(
  read: ResourceReader,
  uri: string,
): Promise<{ bytes: Uint8Array; charged: number } | { reason: string; charged: number }> {
  let result: unknown;
  try {
    result = await read(uri);
  } catch (e) {
    return { reason: `resources/read failed: ${(e as Error).message}`, charged: 0 };
  }
  const charged = servedBytes(result);
  const block = contentFor(result, uri);
  if (!block) return { reason: "resources/read returned no content block for this URI", charged };
  try {
    const bytes = contentBytes(block);
    return { bytes, charged: Math.max(charged, bytes.byteLength) };
  } catch (e) {
    return { reason: (e as Error).message, charged };
  }
}

/** What a read result weighs (every block's text as UTF-8 and blob as sent): the bound counts it all. */
function servedBytes(result: unknown): number {
  const contents = isObject(result) && Array.isArray(result.contents) ? result.contents : [];
  let total = 0;
  for (const b of contents) {
    if (!isObject(b)) continue;
    if (typeof b.text === "string") total += new TextEncoder().encode(b.text).byteLength;
    if (typeof b.blob === "string") total += b.blob.length;
  }
  return total;
}
