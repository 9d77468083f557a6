import { OAUTH_SECRET_PARAMS, SECRET_NAME_HINT, secretNamed } from "./secret-names";

/**
 * The shapes of secrets in text: known key formats, credentials in URLs and connection strings,
 * values after secret-named flags and fields. A hostile server chooses the text: the named
 * patterns read each value once, however many names precede it.
 */
export interface Pattern {
  what: string;
  re: RegExp;
  /** Groups: 1 is kept before the marker, 2 the secret. */
  keep?: 1;
  /**
   * Group 1 is the name; the match is kept and ends where the value starts, which a lookahead
   * only checks, so that a name that is not a secret's consumes nothing after it (`"note":
   * "token=…"` is still seen) and no value is read twice (linear time on hostile text). `value`
   * (sticky) then reads a lead that is kept (spaces, an opening quote) and the secret.
   */
  named?: { is: (name: string) => boolean; value: RegExp };
  /**
   * What every match holds, tested case-blind: a text without it is not searched with `re`. The
   * literal part of the pattern (its prefix, its scheme, its header's name) or, for a named
   * pattern, a word every secret name holds (SECRET_NAME_HINT).
   */
  needs: RegExp;
}

/** Lower-case literals as a case-blind test for any of them. */
const anyOf = (...words: string[]) => new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")).join("|"), "i");
/** A secret name, as a field or flag (secretNamed(name) is false for a name this does not match). */
const NAME = SECRET_NAME_HINT;
/** A secret name as a URL's parameter: secretNamed(name, "param") also takes the OAuth parameters. */
const PARAM = new RegExp(`${SECRET_NAME_HINT.source}|${anyOf(...OAUTH_SECRET_PARAMS).source}`, "i");

const PATTERNS: Pattern[] = [
  { what: "bearer token", re: /\b(Bearer\s+)([A-Za-z0-9\-._~+/]{8,}=*)/g, keep: 1, needs: anyOf("bearer") },
  { what: "basic credentials", re: /\b(Basic\s+)([A-Za-z0-9+/]{8,}=*)/g, keep: 1, needs: anyOf("basic") },
  // Header names and auth schemes are case-insensitive (`authorization: bearer …`, `token …`): the
  // credential is what follows the scheme, whatever the scheme. `\\?` reads it inside JSON text too.
  {
    what: "authorization header",
    needs: anyOf("authorization"),
    re: /(\b(?:proxy-)?authorization\\?["']?\s*[:=]\s*\\?["']?(?:[A-Za-z][\w-]*[ \t]+)?)([^\s"'\\,}]{4,})/gi,
    keep: 1,
  },
  // The user may be empty: `redis://:PASSWORD@host`.
  {
    what: "password in a connection string",
    re: /(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@"'\[\]]*:)([^\s@/"']{3,})(?=@)/gi,
    keep: 1,
    needs: anyOf("://"),
  },
  // mysql -u root -pPASSWORD (the password joined to -p); a bounded look back to the program name.
  {
    what: "mysql password",
    needs: anyOf("mysql"),
    re: /(\bmysql(?:dump|admin|import|check|show|slap|sh)?(?:\.exe)?\b[^\n"]{0,200}?\s-p)((?!\[redacted)[^\s"'\\]{3,})/g,
    keep: 1,
  },
  // .netrc: `machine HOST login NAME password SECRET` (also on separate lines).
  {
    what: "netrc password",
    re: /(\b(?:machine|default|login)\b[\s\S]{0,200}?\bpassword[ \t]+)((?!\[redacted)[^\s"'\\]+)/g,
    keep: 1,
    needs: anyOf("password"),
  },
  { what: "npm token", re: /\bnpm_[A-Za-z0-9]{36}\b/g, needs: anyOf("npm_") },
  { what: "GitLab token", re: /\bglpat-[A-Za-z0-9_-]{20,}/g, needs: anyOf("glpat-") },
  { what: "Hugging Face token", re: /\bhf_[A-Za-z0-9]{30,}\b/g, needs: anyOf("hf_") },
  { what: "Twilio key", re: /\bSK[0-9a-fA-F]{32}\b/g, needs: anyOf("sk") },
  { what: "SendGrid key", re: /\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}/g, needs: anyOf("sg.") },
  { what: "Azure account key", re: /(AccountKey=)([A-Za-z0-9+/]{20,}={0,2})/g, keep: 1, needs: anyOf("accountkey=") },
  { what: "cookie", re: /(\b(?:Set-)?Cookie:\s*)([^\r\n"]{4,})/gi, keep: 1, needs: anyOf("cookie") },
  // A webhook URL is its own credential: whoever has the path can post.
  {
    what: "Slack webhook",
    re: /(\bhooks\.slack(?:-gov)?\.com\/(?:services|workflows|triggers)\/)([A-Za-z0-9_/-]{8,})/gi,
    keep: 1,
    needs: anyOf("hooks.slack"),
  },
  {
    what: "Discord webhook",
    re: /(\bdiscord(?:app)?\.com\/api\/webhooks\/)([0-9]+\/[A-Za-z0-9_-]{20,})/gi,
    keep: 1,
    needs: anyOf("discord"),
  },
  // A secret given as the argument after its flag: --api-key VALUE, --password VALUE.
  {
    what: "value of a secret flag",
    needs: NAME,
    re: /(?:^|\s)--?([A-Za-z0-9_-]+)\s+(?=(?!-)(?!\[redacted)[^\s"']{4})/g,
    named: { is: (n) => secretNamed(n), value: /()([^\s"']+)/y },
  },
  // -k KEY; not curl's -k (insecure, no value), which a URL or a path follows.
  { what: "value of -k", re: /((?:^|\s)-k\s+)((?![a-z][a-z0-9+.-]*:\/\/|[/.~-]|\[redacted)[^\s"']{4,})/g, keep: 1, needs: anyOf("-k") },
  { what: "JWT", re: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, needs: anyOf("eyj") },
  { what: "OpenAI/Anthropic-style API key", re: /\bsk-(?:proj-|ant-[a-z0-9]+-)?[A-Za-z0-9_-]{20,}/g, needs: anyOf("sk-") },
  {
    what: "GitHub token",
    re: /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})/g,
    needs: anyOf("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"),
  },
  {
    what: "Slack token",
    re: /\b(?:xox[abprs]|xapp)-[A-Za-z0-9-]{10,}/g,
    needs: anyOf("xoxa-", "xoxb-", "xoxp-", "xoxr-", "xoxs-", "xapp-"),
  },
  { what: "Google OAuth token", re: /\b(?:ya29\.|1\/\/0)[A-Za-z0-9_-]{20,}/g, needs: anyOf("ya29.", "1//0") },
  { what: "Google client secret", re: /\bGOCSPX-[A-Za-z0-9_-]{20,}/g, needs: anyOf("gocspx-") },
  { what: "Vault token", re: /\bhv[sbr]\.[A-Za-z0-9_-]{20,}/g, needs: anyOf("hvs.", "hvb.", "hvr.") },
  { what: "Docker token", re: /\bdckr_pat_[A-Za-z0-9_-]{20,}/g, needs: anyOf("dckr_pat_") },
  { what: "PyPI token", re: /\bpypi-[A-Za-z0-9_-]{40,}/g, needs: anyOf("pypi-") },
  // 123456789:AA… (in a URL after "bot", so no word boundary before the digits).
  { what: "Telegram bot token", re: /(?<![0-9])[0-9]{6,12}:AA[A-Za-z0-9_-]{30,}/g, needs: anyOf(":aa") },
  { what: "AWS access key id", re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, needs: anyOf("akia", "asia") },
  { what: "Google API key", re: /\bAIza[0-9A-Za-z_-]{35}\b/g, needs: anyOf("aiza") },
  { what: "Stripe key", re: /\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,}/g, needs: anyOf("k_live_", "k_test_") },
  // ?api_key=, &auth_token=, &client_secret=, &sig= (Azure SAS), X-Amz-Signature=, ?code= (OAuth), #access_token=.
  {
    what: "secret in a URL",
    needs: PARAM,
    re: /[?&#;]([A-Za-z0-9_.\-[\]%]+)=(?=(?!\[redacted)[^&\s"'#]{4})/g,
    named: { is: (n) => secretNamed(n, "param"), value: /()([^&\s"'#]+)/y },
  },
  // NAME=value and "NAME": "value" where NAME looks like it holds a secret (env dumps, config echoes).
  {
    what: "secret-named field",
    needs: NAME,
    // JSON text inside a string escapes its quotes (`{\"password\":\"…\"}`); npm's `//host/:_authToken=…`.
    re: /(?:^|[\s"'{,:])([A-Za-z0-9_.-]+)\\?["']?\s*[:=](?=\s*\\?["']?(?![Bb]earer\b|BEARER\b|[Bb]asic\b|BASIC\b|\[redacted)[^"'\s,}\\]{4})/g,
    named: { is: (n) => secretNamed(n), value: /(\s*\\?["']?)((?:[^"'\s,}\\]|\\(?!["']))+)/y },
  },
  // <password>…</password>, <ns:apiKey>…</ns:apiKey>: an element named like a secret.
  {
    what: "secret-named element",
    needs: NAME,
    re: /<([A-Za-z_][\w.:-]*)>(?=(?!\[redacted)[^<]{4,}<\/)/g,
    named: { is: (n) => secretNamed(n), value: /()([^<]+)/y },
  },
];

/** The patterns, for a test that holds each one's `needs` to what its `re` matches. */
export const SECRET_PATTERNS: readonly Readonly<Pattern>[] = PATTERNS;

/**
 * A text holds this when any pattern could match it: most strings of a session (keys, methods,
 * levels, names) hold none, and are then not searched by each pattern in turn.
 */
const ANY = new RegExp([...new Set(PATTERNS.map((p) => p.needs.source))].join("|"), "i");

/** The text with every secret a pattern finds replaced by what `hide` returns (a marker). */
export function redactPatterns(text: string, hide: (secret: string, what: string) => string): string {
  let out = replacePrivateKeys(text, (secret) => hide(secret, "private key"));
  // Nothing replaced yet and no pattern's literal in the text: no pattern can change it.
  if (out === text && !ANY.test(text)) return text;
  for (const p of PATTERNS) {
    // Tested on the text as it is now: a marker put in by an earlier pattern is text too.
    if (!p.needs.test(out)) continue;
    out = p.named
      ? replaceNamed(out, p.re, p.named, (secret) => hide(secret, p.what))
      : replacePattern(out, p, (secret) => hide(secret, p.what));
  }
  return out;
}

/** Replace each match of a pattern; what `keep` names stays in front of the marker. */
function replacePattern(s: string, p: Pattern, hide: (secret: string) => string): string {
  return s.replace(p.re, (match, ...groups) => {
    if (match.includes("[redacted")) return match;
    const kept = p.keep ? String(groups[0]) : "";
    const secret = p.keep ? String(groups[1]) : match;
    if (secret.startsWith("[redacted")) return match;
    return `${kept}${hide(secret)}`;
  });
}

/** Replace the value after each secret-named name; a name that is not one moves the scan on only past itself. */
function replaceNamed(s: string, re: RegExp, named: NonNullable<Pattern["named"]>, hide: (secret: string) => string): string {
  let out = "";
  let from = 0;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (!named.is(m[1])) continue;
    named.value.lastIndex = m.index + m[0].length;
    const [value, lead, secret] = named.value.exec(s)!;
    out += s.slice(from, m.index + m[0].length) + lead + hide(secret);
    from = m.index + m[0].length + value.length;
    re.lastIndex = from;
  }
  return from === 0 ? s : out + s.slice(from);
}

const KEY_BEGIN = "-----BEGIN ";
/** The rest of a BEGIN header: a PEM private key (RSA, EC, OPENSSH, ENCRYPTED…) or a PGP private key block. */
const KEY_LABEL = /[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/y;
const KEY_END = /-----END [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/y;
/** What a key cut short (a truncated record) is made of after its header: lines of base64 (a line break may be JSON's `\n`). */
const KEY_BODY = /(?:(?:\r?\n|\\r?\\n)(?=[ \t]*(?:\r?\n|\\r?\\n)))?(?:[ \t]*(?:\r?\n|\\r?\\n)[ \t]*[A-Za-z0-9+/=]+)*/y;

/**
 * Every private key block: from its BEGIN header to its END line, or, when the END never comes,
 * through the base64 that follows. Linear in the text whatever it holds: each header's END is
 * searched for once from where the last search stopped, and none is searched for again once one
 * was missing (a regex's lazy `[\s\S]*?` scanned to the end of the text for each unterminated
 * header: 27 s at 1.75 MiB). `scanned`, when given, counts the characters the searches passed over.
 */
export function privateKeySpans(text: string, scanned?: { chars: number }): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = 0;
  // Where the next END search starts and what it found: never re-searched behind this point.
  let endFrom = 0;
  let nextEnd = -2;
  const count = (a: number, b: number) => scanned && (scanned.chars += Math.max(0, b - a));
  while (from < text.length) {
    const begin = text.indexOf(KEY_BEGIN, from);
    count(from, begin < 0 ? text.length : begin + KEY_BEGIN.length);
    if (begin < 0) break;
    KEY_LABEL.lastIndex = begin + KEY_BEGIN.length;
    if (!KEY_LABEL.test(text)) {
      from = begin + KEY_BEGIN.length;
      continue;
    }
    const bodyAt = KEY_LABEL.lastIndex;
    count(begin + KEY_BEGIN.length, bodyAt);
    if (nextEnd !== -1 && nextEnd < bodyAt) {
      nextEnd = -1;
      for (let at = Math.max(endFrom, bodyAt); ;) {
        const i = text.indexOf("-----END ", at);
        count(at, i < 0 ? text.length : i + 9);
        endFrom = i < 0 ? text.length : i + 9;
        if (i < 0) break;
        KEY_END.lastIndex = i;
        if (KEY_END.test(text)) {
          nextEnd = i;
          break;
        }
        at = i + 9;
      }
    }
    if (nextEnd >= bodyAt) {
      KEY_END.lastIndex = nextEnd;
      KEY_END.test(text);
      spans.push([begin, KEY_END.lastIndex]);
      from = KEY_END.lastIndex;
      count(bodyAt, from);
      continue;
    }
    KEY_BODY.lastIndex = bodyAt;
    KEY_BODY.test(text);
    count(bodyAt, KEY_BODY.lastIndex);
    spans.push([begin, KEY_BODY.lastIndex]);
    from = Math.max(KEY_BODY.lastIndex, bodyAt);
  }
  return spans;
}

function replacePrivateKeys(s: string, hide: (secret: string) => string): string {
  const spans = privateKeySpans(s);
  if (!spans.length) return s;
  let out = "";
  let at = 0;
  for (const [a, b] of spans) {
    out += s.slice(at, a) + hide(s.slice(a, b));
    at = b;
  }
  return out + s.slice(at);
}
