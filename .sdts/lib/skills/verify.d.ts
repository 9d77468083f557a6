import { type SkillIssue } from "./conformance";
import { type FileVerdict } from "./file-verdict";
import { type SkillEntry } from "./schema";
/** How much one verification run reads across the catalog (the official CLI's defaults). */
export interface CatalogBudget {
    maxSkills: number;
    maxBytes: number;
}
export declare const DEFAULT_BUDGET: CatalogBudget;
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
export declare function verifySkills(read: ResourceReader, entries: readonly SkillEntry[], budget?: CatalogBudget): Promise<SkillReport[]>;
