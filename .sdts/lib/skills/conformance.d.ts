import { type SkillEntry, type SkillResource } from "./schema";
export declare const MAX_RESOURCE_ENTRIES = 512;
export declare const MAX_TOTAL_BYTES: number;
export declare const DIGEST_PATTERN: RegExp;
export interface SkillIssue {
    /** A stable name for the problem (`malformed-digest`, `frontmatter-mismatch`, …). */
    code: string;
    severity: "error" | "warning";
    message: string;
    /** The manifest entry the issue is about, when it is about one file. */
    resourceUri?: string;
}
/** Every SEP-2640 problem of one entry that the entry alone shows (no file read). */
export declare function checkSkillEntry(entry: SkillEntry): SkillIssue[];
export declare function isUsableSize(size: unknown): size is number;
/** The declared total of a manifest (unusable sizes count 0). */
export declare function totalBytes(resources: readonly SkillResource[]): number;
/**
 * Skills of one listing sharing a name under different URIs: legal, but a consumer must tell them
 * apart by URI. A warning per entry, keyed by the entry's URI identity.
 */
export declare function nameCollisions(entries: readonly SkillEntry[]): Map<string, SkillIssue>;
