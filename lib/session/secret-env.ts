import { pathVariable, secretNamed } from "./secret-names";
import { redactPatterns } from "./secret-patterns";

/**
 * Is a value of the host's environment a secret, to be taken out of a tap's recording wherever it
 * appears (issue 90 point 3)? A host gives its servers variables of its own, most of them words:
 * Copilot CLI sets `GIT_CONFIG_VALUE_0=explicit`, and masking every value of 8 or more characters
 * rewrote "explicit" in a tool's description, so the recording no longer matched the wire. A
 * value is a secret where its name says so (secretNamed: `…_TOKEN`, `…_API_KEY`, `…PASSWORD`; or a
 * bearer token), where its form says so (a known key shape: secret-patterns.ts), or where it is
 * random enough to be a key nobody named (randomLooking). Paths the environment names stay
 * (pathVariable).
 */
export function hostValueSecret(name: string, value: string): boolean {
  if (pathVariable(name, value)) return false;
  if (secretNamed(name) || /bearer/i.test(name)) return true;
  return formSaysSecret(value) || randomLooking(value);
}

/** A known key shape anywhere in the value (`sk-…`, `ghp_…`, a JWT, a password in a URL, a private key). */
function formSaysSecret(value: string): boolean {
  let found = false;
  redactPatterns(value, () => {
    found = true;
    return "";
  });
  return found;
}

/** Bits of Shannon entropy per character from which a value reads as random (an English word or a name is under 3.2; 16 random base64 characters are about 3.7). */
export const RANDOM_MIN_BITS = 3.3;

/**
 * A value that reads as generated rather than written: a stretch of 16 or more letters and digits
 * with no separator (words, versions and names are cut short by `-`, `.`, `_`), digits and
 * letters alternating (a word with a number at its end does not), and enough entropy per
 * character. Paths and plain URLs are left to their name and form.
 */
export function randomLooking(value: string): boolean {
  if (/^(?:[/~.]|[A-Za-z]:[\\/]|[a-z][a-z0-9+.-]*:\/\/)/i.test(value)) return false;
  return (value.match(/[A-Za-z0-9+/]{16,}/g) ?? []).some(
    (run) => (run.match(/[0-9]+/g) ?? []).length >= 3 && /[A-Za-z]/.test(run) && bitsPerChar(run) >= RANDOM_MIN_BITS,
  );
}

function bitsPerChar(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
