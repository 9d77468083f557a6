import { secretNamed } from "./secret-names";

/**
 * The shapes of secrets in text: known key formats, credentials in URLs and connection strings,
 * values after secret-named flags and fields. A hostile server chooses the text: the named
 * patterns read each value once, however many names precede it.
 */
interface Pattern {
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
}

const PATTERNS: Pattern[] = [
  { what: "bearer token", re: /\b(Bearer\s+)([A-Za-z0-9\-._~+/]{8,}=*)/g, keep: 1 },
  { what: "basic credentials", re: /\b(Basic\s+)([A-Za-z0-9+/]{8,}=*)/g, keep: 1 },
  // Header names and auth schemes are case-insensitive (`authorization: bearer …`, `token …`): the
  // credential is what follows the scheme, whatever the scheme. `\\?` reads it inside JSON text too.
  {
    what: "authorization header",
    re: /(\b(?:proxy-)?authorization\\?["']?\s*[:=]\s*\\?["']?(?:[A-Za-z][\w-]*[ \t]+)?)([^\s"'\\,}]{4,})/gi,
    keep: 1,
  },
  // The user may be empty: `redis://:PASSWORD@host`.
  { what: "password in a connection string", re: /(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@"'\[\]]*:)([^\s@/"']{3,})(?=@)/gi, keep: 1 },
  // mysql -u root -pPASSWORD (the password joined to -p); a bounded look back to the program name.
  {
    what: "mysql password",
    re: /(\bmysql(?:dump|admin|import|check|show|slap|sh)?(?:\.exe)?\b[^\n"]{0,200}?\s-p)((?!\[redacted)[^\s"'\\]{3,})/g,
    keep: 1,
  },
  // .netrc: `machine HOST login NAME password SECRET` (also on separate lines).
  { what: "netrc password", re: /(\b(?:machine|default|login)\b[\s\S]{0,200}?\bpassword[ \t]+)((?!\[redacted)[^\s"'\\]+)/g, keep: 1 },
  { what: "npm token", re: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { what: "GitLab token", re: /\bglpat-[A-Za-z0-9_-]{20,}/g },
  { what: "Hugging Face token", re: /\bhf_[A-Za-z0-9]{30,}\b/g },
  { what: "Twilio key", re: /\bSK[0-9a-fA-F]{32}\b/g },
  { what: "SendGrid key", re: /\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}/g },
  { what: "Azure account key", re: /(AccountKey=)([A-Za-z0-9+/]{20,}={0,2})/g, keep: 1 },
  { what: "cookie", re: /(\b(?:Set-)?Cookie:\s*)([^\r\n"]{4,})/gi, keep: 1 },
  // A webhook URL is its own credential: whoever has the path can post.
  { what: "Slack webhook", re: /(\bhooks\.slack(?:-gov)?\.com\/(?:services|workflows|triggers)\/)([A-Za-z0-9_/-]{8,})/gi, keep: 1 },
  { what: "Discord webhook", re: /(\bdiscord(?:app)?\.com\/api\/webhooks\/)([0-9]+\/[A-Za-z0-9_-]{20,})/gi, keep: 1 },
  // A secret given as the argument after its flag: --api-key VALUE, --password VALUE.
  {
    what: "value of a secret flag",
    re: /(?:^|\s)--?([A-Za-z0-9_-]+)\s+(?=(?!-)(?!\[redacted)[^\s"']{4})/g,
    named: { is: (n) => secretNamed(n), value: /()([^\s"']+)/y },
  },
  // -k KEY; not curl's -k (insecure, no value), which a URL or a path follows.
  { what: "value of -k", re: /((?:^|\s)-k\s+)((?![a-z][a-z0-9+.-]*:\/\/|[/.~-]|\[redacted)[^\s"']{4,})/g, keep: 1 },
  { what: "JWT", re: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
  { what: "OpenAI/Anthropic-style API key", re: /\bsk-(?:proj-|ant-[a-z0-9]+-)?[A-Za-z0-9_-]{20,}/g },
  { what: "GitHub token", re: /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})/g },
  { what: "Slack token", re: /\b(?:xox[abprs]|xapp)-[A-Za-z0-9-]{10,}/g },
  { what: "Google OAuth token", re: /\b(?:ya29\.|1\/\/0)[A-Za-z0-9_-]{20,}/g },
  { what: "Google client secret", re: /\bGOCSPX-[A-Za-z0-9_-]{20,}/g },
  { what: "Vault token", re: /\bhv[sbr]\.[A-Za-z0-9_-]{20,}/g },
  { what: "Docker token", re: /\bdckr_pat_[A-Za-z0-9_-]{20,}/g },
  { what: "PyPI token", re: /\bpypi-[A-Za-z0-9_-]{40,}/g },
  // 123456789:AA… (in a URL after "bot", so no word boundary before the digits).
  { what: "Telegram bot token", re: /(?<![0-9])[0-9]{6,12}:AA[A-Za-z0-9_-]{30,}/g },
  { what: "AWS access key id", re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { what: "Google API key", re: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { what: "Stripe key", re: /\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,}/g },
  // ?api_key=, &auth_token=, &client_secret=, &sig= (Azure SAS), X-Amz-Signature=, ?code= (OAuth), #access_token=.
  {
    what: "secret in a URL",
    re: /[?&#;]([A-Za-z0-9_.\-[\]%]+)=(?=(?!\[redacted)[^&\s"'#]{4})/g,
    named: { is: (n) => secretNamed(n, "param"), value: /()([^&\s"'#]+)/y },
  },
  // NAME=value and "NAME": "value" where NAME looks like it holds a secret (env dumps, config echoes).
  {
    what: "secret-named field",
    // JSON text inside a string escapes its quotes (`{\"password\":\"…\"}`); npm's `//host/:_authToken=…`.
    re: /(?:^|[\s"'{,:])([A-Za-z0-9_.-]+)\\?["']?\s*[:=](?=\s*\\?["']?(?![Bb]earer\b|BEARER\b|[Bb]asic\b|BASIC\b|\[redacted)[^"'\s,}\\]{4})/g,
    named: { is: (n) => secretNamed(n), value: /(\s*\\?["']?)((?:[^"'\s,}\\]|\\(?!["']))+)/y },
  },
  // <password>…</password>, <ns:apiKey>…</ns:apiKey>: an element named like a secret.
  {
    what: "secret-named element",
    re: /<([A-Za-z_][\w.:-]*)>(?=(?!\[redacted)[^<]{4,}<\/)/g,
    named: { is: (n) => secretNamed(n), value: /()([^<]+)/y },
  },
];

/** The text with every secret a pattern finds replaced by what `hide` returns (a marker). */
export function redactPatterns(text: string, hide: (secret: string, what: string) => string): string {
  let out = replacePrivateKeys(text, (secret) => hide(secret, "private key"));
  for (const p of PATTERNS)
    out = p.named
      ? replaceNamed(out, p.re, p.named, (secret) => hide(secret, p.what))
      : replacePattern(out, p, (secret) => hide(secret, p.what));
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
