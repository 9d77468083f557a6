import type { Engine } from "../engine";
import type { ProbeResult } from "./result";
/**
 * The Skills extension (SEP-2640), when the server declares it: every page of skills/list, then
 * each listed skill verified as `--cli --verify` does (its rules, every file's size and SHA-256,
 * its SKILL.md's frontmatter). A failure the lint also reports at the same entry counts once, as
 * the lint's finding (sameAs: the listing for an entry's rules, the read for a file).
 */
export declare function probeSkills(engine: Engine, serverCapabilities: Record<string, unknown>): Promise<ProbeResult[]>;
