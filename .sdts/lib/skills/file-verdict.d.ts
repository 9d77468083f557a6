import type { SkillResource } from "./schema";
/** One manifest file checked against what resources/read served (the official CLI's report fields). */
export type FileVerdict = {
    uri: string;
} & ({
    status: "verified" | "mismatch";
    expectedDigest?: string;
    actualDigest?: string;
    expectedSize?: number;
    actualSize?: number;
    reason?: string;
} | {
    status: "unverifiable";
    expectedDigest?: string;
    reason: string;
} | {
    status: "read-error";
    reason: string;
});
/** The bytes of a read's content block: text as UTF-8 (what the digest is over), a blob decoded. */
export declare function contentBytes(block: Record<string, unknown>): Uint8Array;
/** The content block of a resources/read result for this URI (compared normalized), if any. */
export declare function contentFor(result: unknown, uri: string): Record<string, unknown> | undefined;
/** The served bytes against the manifest's size (checked first: it needs no hashing) and digest. */
export declare function verifyFile(resource: SkillResource, bytes: Uint8Array): FileVerdict;
