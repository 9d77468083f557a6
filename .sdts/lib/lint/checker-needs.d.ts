import type { Entry } from "../record/format";
import type { CheckerName } from "./checkers";
/**
 * The checkers linting `entry` may call, or that a later entry may call because of it (a Skills
 * listing, whose SKILL.md a later read serves). Never fewer than the rules use: a lazy linter
 * holds every entry from this one on until they are loaded.
 */
export declare function checkersNeeded(entry: Entry): CheckerName[];
