import { sha256Digest } from "../skills/sha256";

/**
 * A redacted value that still compares (issue 64 point 2). A recording never holds a secret in
 * clear: the value becomes `[redacted: what]`, and, when it is long enough that its digest cannot
 * be turned back by trying candidates, `{hmac:SALT:DIGEST}` right after it: the first 16 hex digits
 * of HMAC-SHA-256 keyed with SALT, a random 8-hex salt drawn once per redaction of a file and written
 * in each marker. Replay, the mock and snapshots compare a live value with a marker by computing the
 * same digest, on any machine: nothing else needs to be kept. A shorter value (a PIN, a 6-letter
 * word) keeps the plain marker, and a comparing path takes any live value there (docs/session-format.md).
 */

/** Values shorter than this are not digested: 64 bits of HMAC over a short value can be searched. */
export const DIGEST_MIN_LENGTH = 12;

const SALT = /^[0-9a-f]{8}$/;

/** A new salt: 8 random hex digits. */
export function newSalt(): string {
  const b = new Uint8Array(4);
  crypto.getRandomValues(b);
  return [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
}

const encoder = new TextEncoder();

function hexBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function sha(bytes: Uint8Array): Uint8Array {
  return hexBytes(sha256Digest(bytes).slice("sha256:".length));
}

/** HMAC-SHA-256 (RFC 2104) of the value keyed with the salt, as hex. */
export function hmacSha256(key: string, value: string): string {
  let k: Uint8Array = encoder.encode(key);
  if (k.length > 64) k = sha(k);
  const pad = (x: number) => {
    const b = new Uint8Array(64);
    for (let i = 0; i < 64; i++) b[i] = (k[i] ?? 0) ^ x;
    return b;
  };
  const msg = encoder.encode(value);
  const inner = new Uint8Array(64 + msg.length);
  inner.set(pad(0x36));
  inner.set(msg, 64);
  const outer = new Uint8Array(64 + 32);
  outer.set(pad(0x5c));
  outer.set(sha(inner), 64);
  return sha256Digest(outer).slice("sha256:".length);
}

/** The 16-hex digest a marker carries for a value. */
export function secretDigest(value: string, salt: string): string {
  return hmacSha256(salt, value).slice(0, 16);
}

/** What a redacted value becomes: `[redacted: what]`, with `{hmac:SALT:DIGEST}` when the value is long enough. */
export function redactionMarker(what: string, value: string, salt: string | undefined): string {
  const plain = `[redacted: ${what}]`;
  return salt && SALT.test(salt) && value.length >= DIGEST_MIN_LENGTH ? `${plain}{hmac:${salt}:${secretDigest(value, salt)}}` : plain;
}

/** A marker inside a text: its label, and its salt and digest when it has them. */
const MARKER = /\[redacted: [^\]\n]{0,300}\](?:\{hmac:([0-9a-f]{8}):([0-9a-f]{16})\})?/g;
/** More markers than this in one string are compared as written. */
const MAX_MARKERS = 32;
/** Steps the search may take before it gives up (and says "differs"). */
const MAX_STEPS = 20_000;

/** True when the text holds a redaction marker. */
export function holdsMarker(text: string): boolean {
  return text.includes("[redacted: ");
}

/**
 * Whether a live text is what a recorded text with redaction markers was: the text around the
 * markers the same, each digested marker standing for a value of the same digest, each plain
 * marker for any value of at least one character. Undefined when the recorded text holds no
 * marker (compare it as it is).
 */
export function matchesRedacted(recorded: string, live: string): boolean | undefined {
  if (!holdsMarker(recorded)) return undefined;
  const literals: string[] = [];
  const marks: Array<{ salt?: string; digest?: string }> = [];
  let at = 0;
  for (const m of recorded.matchAll(MARKER)) {
    literals.push(recorded.slice(at, m.index));
    marks.push(m[1] ? { salt: m[1], digest: m[2] } : {});
    at = m.index + m[0].length;
  }
  if (!marks.length || marks.length > MAX_MARKERS) return undefined;
  literals.push(recorded.slice(at));
  if (!live.startsWith(literals[0])) return false;
  let steps = 0;
  // Marker i starts at pos: try each end where the next literal follows, checking digests as it goes.
  const from = (i: number, pos: number): boolean => {
    const next = literals[i + 1];
    const last = i === marks.length - 1;
    for (let end = pos + 1; end <= live.length; end++) {
      if (++steps > MAX_STEPS) return false;
      end = last ? live.length - next.length : live.indexOf(next, end);
      if (end < pos + 1) return false;
      if (last && !live.endsWith(next)) return false;
      const mark = marks[i];
      if (!mark.digest || secretDigest(live.slice(pos, end), mark.salt!) === mark.digest) {
        if (last || from(i + 1, end + next.length)) return true;
      }
      if (last) return false;
    }
    return false;
  };
  return from(0, literals[0].length);
}
