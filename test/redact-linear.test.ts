import { describe, expect, test } from "vitest";
import { privateKeySpans, redactPatterns } from "../lib/session/secret-patterns";

// Issue 38 item 10: many unterminated `-----BEGIN … PRIVATE KEY-----` headers made redaction
// quadratic (27 s at 1.75 MiB; the Share dialog froze): a lazy regex scanned to the end of the
// text for each header. The count of characters the search passes over must grow with the text,
// not with the text times the headers (no time budget: a count).
const HEADER = "-----BEGIN RSA PRIVATE KEY-----\n";

describe("private key blocks are found in linear time", () => {
  test.each([1_000, 4_000, 16_000])("%i unterminated headers: characters scanned stay within twice the text", (n) => {
    const text = `${HEADER}x `.repeat(n);
    const scanned = { chars: 0 };
    const spans = privateKeySpans(text, scanned);
    expect(spans).toHaveLength(n);
    expect(scanned.chars).toBeLessThanOrEqual(2 * text.length);
  });

  test("headers with an END far away, and ENDs of other blocks in between, still scan each character a bounded number of times", () => {
    const text = `${HEADER}AAAA\n-----END CERTIFICATE-----\n`.repeat(5_000) + "-----END RSA PRIVATE KEY-----";
    const scanned = { chars: 0 };
    expect(privateKeySpans(text, scanned)).toEqual([[0, text.length]]);
    expect(scanned.chars).toBeLessThanOrEqual(2 * text.length);
  });

  test("a key cut short is hidden through its base64, and the text after it stays", () => {
    const out = redactPatterns(`before ${HEADER}MIIEowIBAAKCAQEA\nqrstuvwx==\n\nafter the key`, (_s, what) => `[${what}]`);
    expect(out).toBe("before [private key]\n\nafter the key");
  });

  test("whole blocks: PEM and PGP", () => {
    const pem = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk=\n-----END OPENSSH PRIVATE KEY-----";
    const pgp = "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBGX=\n=ab12\n-----END PGP PRIVATE KEY BLOCK-----";
    expect(redactPatterns(`a ${pem} b ${pgp} c`, (_s, what) => `[${what}]`)).toBe("a [private key] b [private key] c");
  });
});
