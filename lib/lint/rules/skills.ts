import type { Family, MessageCtx, Rule } from "../rule";
import { isObject } from "../../json/shape";
import { checkSkillEntry, nameCollisions } from "../../skills/conformance";
import { contentBytes, verifyFile } from "../../skills/file-verdict";
import type { LintCheckers } from "../checkers";
import {
  DYNAMIC,
  GetSkillResultSchema,
  ListSkillsResultSchema,
  SEP_2640_URL,
  SKILLS_GET,
  SKILLS_LIST,
  shapeError,
  type SkillEntry,
  type SkillResource,
} from "../../skills/schema";
import { skillUriIdentity } from "../../skills/uri";

// The Skills extension (SEP-2640) as the record shows it: the entries of skills/list and
// skills/get answers, then each file a resources/read serves against the manifest that listed it
// (its size and SHA-256) and a SKILL.md against its listing's frontmatter. What the CLI's --verify
// and check walk on purpose, the page's reads are held to as they happen.

const rule = (id: string, severity: Rule["severity"], summary: string): Rule => ({ id, severity, specUrl: SEP_2640_URL, summary });

export const SKILL_RULES = {
  shape: rule(
    "skills/result-shape",
    "error",
    'A skills/list answer is `{ skills: [...] }` and a skills/get answer `{ skill }`, each entry with `uri`, `frontmatter` and `resources` (a manifest or "dynamic").',
  ),
  entry: rule(
    "skills/entry",
    "error",
    "Each listed skill keeps SEP-2640's rules: an Agent Skills name matching the URI's segment, a description, a manifest listing its own SKILL.md, every file under the skill's root with a `sha256:` digest and a byte size.",
  ),
  limits: rule(
    "skills/limits",
    "warning",
    "A skill stays within the interoperability limits (512 files, 16 MiB), and two skills of one listing do not share a name.",
  ),
  digest: rule("skills/digest", "error", "A skill file resources/read serves has the size and SHA-256 digest its manifest advertises."),
  frontmatter: rule("skills/frontmatter", "error", "A served SKILL.md's YAML frontmatter is the listing's `frontmatter`, field for field."),
} as const;

/** Manifest files remembered per connection; past it the oldest are forgotten (a bound, not a silent cap on findings). */
const MAX_FILES = 4096;

/**
 * Whether linting may need YAML from this message on: a skills/list or skills/get answer (a
 * `skills` or `skill` result). Only a file such an answer listed is parsed (its SKILL.md's
 * frontmatter, when a resources/read serves it later), so the live lint loads YAML from the first
 * listing on; it must be true for every listing the family below remembers.
 */
export function listsSkills(message: unknown): boolean {
  return isObject(message) && isObject(message.result) && ("skills" in message.result || "skill" in message.result);
}

export function skillsFamily(checkers: Pick<LintCheckers, "checkFrontmatterMatch">): Family {
  /** uri identity -> the manifest entry and the skill it belongs to. */
  let files = new Map<string, { resource?: SkillResource; skill: SkillEntry }>();
  const remember = (id: string, v: { resource?: SkillResource; skill: SkillEntry }) => {
    files.delete(id);
    files.set(id, v);
    if (files.size > MAX_FILES) files.delete(files.keys().next().value!);
  };
  function entries(ctx: MessageCtx, skills: SkillEntry[]): void {
    const collisions = nameCollisions(skills);
    for (const skill of skills) {
      const issues = [
        ...checkSkillEntry(skill),
        ...(collisions.has(skillUriIdentity(skill.uri)) ? [collisions.get(skillUriIdentity(skill.uri))!] : []),
      ];
      for (const i of issues) {
        if (i.code === "dynamic-resources") continue; // conforming: the CLI's --require-digests is the place to refuse it
        ctx.flag(
          i.severity === "error" ? SKILL_RULES.entry : SKILL_RULES.limits,
          `${skill.uri}: ${i.resourceUri ? `${i.resourceUri}: ` : ""}${i.message}`,
        );
      }
      if (skill.resources !== DYNAMIC) for (const r of skill.resources) remember(skillUriIdentity(r.uri), { resource: r, skill });
      if (!files.has(skillUriIdentity(skill.uri))) remember(skillUriIdentity(skill.uri), { skill });
    }
  }
  return {
    rules: Object.values(SKILL_RULES),
    reset() {
      files = new Map();
    },
    message(ctx) {
      const { msg, answers } = ctx;
      if (msg.kind !== "response" || msg.isError || !answers || ctx.entry.dir !== "server->client") return;
      if (answers.method === SKILLS_LIST) {
        const parsed = ListSkillsResultSchema.safeParse(msg.result);
        if (!parsed.success) return ctx.flag(SKILL_RULES.shape, `the skills/list result: ${shapeError(parsed.error)}`);
        return entries(ctx, parsed.data.skills);
      }
      if (answers.method === SKILLS_GET) {
        const parsed = GetSkillResultSchema.safeParse(msg.result);
        if (!parsed.success) return ctx.flag(SKILL_RULES.shape, `the skills/get result: ${shapeError(parsed.error)}`);
        return entries(ctx, [parsed.data.skill]);
      }
      if (answers.method !== "resources/read" || !isObject(msg.result) || !Array.isArray(msg.result.contents)) return;
      for (const block of msg.result.contents) {
        if (!isObject(block) || typeof block.uri !== "string") continue;
        const known = files.get(skillUriIdentity(block.uri));
        if (!known) continue;
        let bytes: Uint8Array;
        try {
          bytes = contentBytes(block);
        } catch {
          continue;
        }
        if (known.resource) {
          const v = verifyFile(known.resource, bytes);
          if (v.status === "mismatch") ctx.flag(SKILL_RULES.digest, `${block.uri}: ${v.reason}`);
        }
        if (skillUriIdentity(block.uri) === skillUriIdentity(known.skill.uri))
          for (const i of checkers.checkFrontmatterMatch(known.skill, new TextDecoder().decode(bytes)))
            ctx.flag(SKILL_RULES.frontmatter, `${block.uri}: ${i.message}`);
      }
    },
  };
}
