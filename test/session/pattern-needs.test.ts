import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SECRET_PATTERNS, redactPatterns, type Pattern } from "../../lib/session/secret-patterns";
import { OAUTH_SECRET_PARAMS, SECRET_NAME_HINT, secretNamed } from "../../lib/session/secret-names";

// Issue 65: a pattern is tried on a text only when the text holds what every match of it holds
// (its `needs`: a literal, a scheme, a word every secret name holds), so that a long session's
// many short strings are not searched 33 times each. A `needs` that missed a match would let a
// secret through: each is held here to its pattern, on examples of every pattern and on texts
// made of their pieces.
const EXAMPLES = [
  "Authorization: Bearer abcdefgh12345678",
  "auth: Basic dXNlcjpwYXNzd29yZA==",
  '{\\"Proxy-Authorization\\": \\"token abcd1234\\"}',
  "postgres://user:pa55word@db.example.com/app and redis://:secretpw@cache",
  "mysqldump -u root -pPASSWORD123 app",
  "machine api.example.com\nlogin me\npassword hunter22",
  `npm_${"a1".repeat(18)}`,
  "glpat-abcdefghij0123456789",
  `hf_${"x".repeat(30)}`,
  `SK${"0a".repeat(16)}`,
  "SG.abcdefghijklmnop.qrstuvwxyz012345",
  "DefaultEndpointsProtocol=https;AccountKey=abcdefghijklmnopqrstuvwxyz==",
  "Set-Cookie: session=abcdef; Path=/",
  "https://hooks.slack.com/services/T000/B000/XXXXXXXX",
  "https://discord.com/api/webhooks/123456/abcdefghijklmnopqrstuvwxyz",
  "run --api-key abcd1234 --verbose",
  "curl -k abcd1234",
  "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefghijklmnop",
  "sk-proj-abcdefghijklmnopqrstuvwxyz",
  `ghp_${"b".repeat(36)} github_pat_${"c".repeat(40)}`,
  "xoxb-1234567890-abcdef xapp-1-abcdefghij",
  "ya29.abcdefghijklmnopqrstuvwxyz 1//0abcdefghijklmnopqrstuvwxyz",
  "GOCSPX-abcdefghijklmnopqrstuvwxyz",
  "hvs.abcdefghijklmnopqrstuvwxyz",
  "dckr_pat_abcdefghijklmnopqrstuvwxyz",
  `pypi-${"d".repeat(40)}`,
  "https://api.telegram.org/bot123456789:AAabcdefghijklmnopqrstuvwxyz0123456/getMe",
  "AKIAABCDEFGHIJKLMNOP ASIAABCDEFGHIJKLMNOP",
  `AIza${"e".repeat(35)}`,
  "sk_live_abcdefghijklmnop rk_test_abcdefghijklmnop",
  "https://app.test/cb?code=abcd1234&state=1#access_token=efgh5678",
  'API_TOKEN=abcd1234 {"password": "hunter22"} npm //registry/:_authToken=abcd1234',
  "<password>hunter22</password> <ns:apiKey>abcd1234</ns:apiKey>",
];
const PIECES = [
  ...EXAMPLES.flatMap((e) => e.split(/(?<=[\s:=/.])/)),
  "Bearer ",
  "BEARER ",
  "-k ",
  "--",
  "-",
  "?",
  "&",
  "#",
  ";",
  "<",
  ">",
  "</",
  ":",
  "=",
  '"',
  "'",
  "\\",
  " ",
  "\n",
  "\t",
  "[redacted: x]",
  "é",
  "\u200b",
  ...OAUTH_SECRET_PARAMS,
  "Session_Id",
  "x-api-KEY",
  "PWD",
  "max_tokens",
  "keyword",
];
const texts = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 16 }).map((a) => a.join(""));

/** Whether the pattern finds something in the text (a named one: a name it takes as a secret's). */
function matches(p: Readonly<Pattern>, text: string): boolean {
  const re = new RegExp(p.re.source, p.re.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!p.named || p.named.is(m[1])) return true;
    if (m[0] === "") re.lastIndex++;
  }
  return false;
}

describe("each secret pattern is tried whenever it could match", () => {
  it("every example is matched by its pattern, and each match's text holds what the pattern needs", () => {
    const matched = new Set<string>();
    for (const text of EXAMPLES)
      for (const p of SECRET_PATTERNS)
        if (matches(p, text)) {
          matched.add(p.what);
          expect(p.needs.test(text), `${p.what} in ${JSON.stringify(text)}`).toBe(true);
        }
    // Not vacuous: each pattern has an example it matches.
    expect(SECRET_PATTERNS.map((p) => p.what).filter((w) => !matched.has(w))).toEqual([]);
  });

  it("on texts made of their pieces: a match always holds the pattern's needs", () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const p of SECRET_PATTERNS) if (matches(p, text) && !p.needs.test(text)) return false;
        return true;
      }),
      { numRuns: 3000 },
    );
  });

  it("a name taken as a secret's always holds a word of SECRET_NAME_HINT, or is an OAuth parameter", () => {
    const names = fc.array(
      fc.oneof(fc.constantFrom(...PIECES.filter((p) => /^[\w.-]+$/.test(p)), "_", "-", "."), fc.string({ maxLength: 5 })),
      {
        minLength: 1,
        maxLength: 5,
      },
    );
    fc.assert(
      fc.property(names, (parts) => {
        const name = parts.join("");
        if (secretNamed(name) && !SECRET_NAME_HINT.test(name)) return false;
        return !secretNamed(name, "param") || SECRET_NAME_HINT.test(name) || OAUTH_SECRET_PARAMS.has(name);
      }),
      { numRuns: 3000 },
    );
  });

  it("a text that holds nothing any pattern needs comes back as it was, the same string", () => {
    for (const text of [
      "jsonrpc",
      "notifications/message",
      "2.0",
      "info",
      "flood",
      "tools/call",
      "[build 7] compiling src/a.ts: ok in 4 ms",
    ])
      expect(redactPatterns(text, () => "[x]")).toBe(text);
    expect(redactPatterns("Authorization: Bearer abcdefgh12345678", (_s, what) => `[redacted: ${what}]`)).toBe(
      "Authorization: Bearer [redacted: bearer token]",
    );
  });
});
