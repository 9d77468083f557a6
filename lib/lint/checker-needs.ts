import type { Entry } from "../record/format";
import type { CheckerName } from "./checkers";
import { listsSkills } from "./rules/skills";
import { listingNeedsValidator } from "./rules/tools";

/**
 * The checkers linting `entry` may call, or that a later entry may call because of it (a Skills
 * listing, whose SKILL.md a later read serves). Never fewer than the rules use: a lazy linter
 * holds every entry from this one on until they are loaded.
 */
export function checkersNeeded(entry: Entry): CheckerName[] {
  if (entry.kind !== "message" || entry.dir !== "server->client") return [];
  const needs: CheckerName[] = [];
  if (listingNeedsValidator(entry.message)) needs.push("schemaValidator");
  if (listsSkills(entry.message)) needs.push("checkFrontmatterMatch");
  return needs;
}
