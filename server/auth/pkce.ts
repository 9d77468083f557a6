import { createHash, randomBytes } from "node:crypto";

/** RFC 7636 §4.1-4.2: a 43-character verifier and its S256 challenge. */
export function createPkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

/** A state value no one can guess (RFC 6749 §10.12). */
export function randomState(): string {
  return randomBytes(24).toString("base64url");
}
