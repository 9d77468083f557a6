import { isObject } from "../json/shape";
import { DIGEST_PATTERN } from "./conformance";
import type { SkillResource } from "./schema";
import { sha256Digest } from "./sha256";
import { skillUriIdentity } from "./uri";

/** One manifest file checked against what resources/read served (the official CLI's report fields). */
export type FileVerdict = { uri: string } & (
  | {
      status: "verified" | "mismatch";
      expectedDigest?: string;
      actualDigest?: string;
      expectedSize?: number;
      actualSize?: number;
      reason?: string;
    }
  | { status: "unverifiable"; expectedDigest?: string; reason: string }
  | { status: "read-error"; reason: string }
);

/** The bytes of a read's content block: text as UTF-8 (what the digest is over), a blob decoded. */
export function contentBytes(block: Record<string, unknown>): Uint8Array {
  if (typeof block.text === "string") return new TextEncoder().encode(block.text);
  if (typeof block.blob === "string") {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(block.blob)) throw new Error("the blob is not valid base64");
    const binary = atob(block.blob);
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  }
  throw new Error("resources/read returned neither text nor blob for this URI");
}

/** The content block of a resources/read result for this URI (compared normalized), if any. */
export function contentFor(result: unknown, uri: string): Record<string, unknown> | undefined {
  const contents = isObject(result) ? result.contents : undefined;
  if (!Array.isArray(contents)) return undefined;
  const wanted = skillUriIdentity(uri);
  return contents.find((b): b is Record<string, unknown> => isObject(b) && typeof b.uri === "string" && skillUriIdentity(b.uri) === wanted);
}

/** The served bytes against the manifest's size (checked first: it needs no hashing) and digest. */
export function verifyFile(resource: SkillResource, bytes: Uint8Array): FileVerdict {
  const { uri, size, digest } = resource;
  if (size !== undefined && size !== bytes.byteLength)
    return {
      uri,
      status: "mismatch",
      expectedSize: size,
      actualSize: bytes.byteLength,
      ...(digest !== undefined ? { expectedDigest: digest } : {}),
      reason: `the manifest says ${size} bytes; the served file is ${bytes.byteLength}`,
    };
  if (digest === undefined) return { uri, status: "unverifiable", reason: "the manifest entry advertises no digest" };
  if (!DIGEST_PATTERN.test(digest))
    return { uri, status: "unverifiable", expectedDigest: digest, reason: 'the digest is not "sha256:" and 64 lowercase hex digits' };
  const actual = sha256Digest(bytes);
  const sizes = size !== undefined ? { expectedSize: size, actualSize: bytes.byteLength } : {};
  if (actual === digest) return { uri, status: "verified", actualDigest: actual, expectedDigest: digest, ...sizes };
  return {
    uri,
    status: "mismatch",
    actualDigest: actual,
    expectedDigest: digest,
    ...sizes,
    reason: `the served file's SHA-256 is ${actual}, not the advertised ${digest}`,
  };
}
