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
  { what: "private key", re: /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g },
  { what: "bearer token", re: /\b(Bearer\s+)([A-Za-z0-9\-._~+/]{8,}=*)/g, keep: 1 },
  { what: "basic credentials", re: /\b(Basic\s+)([A-Za-z0-9+/]{8,}=*)/g, keep: 1 },
  { what: "password in a connection string", re: /(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@"'\[\]]+:)([^\s@/"']{3,})(?=@)/gi, keep: 1 },
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
  { what: "JWT", re: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
  { what: "OpenAI/Anthropic-style API key", re: /\bsk-(?:proj-|ant-[a-z0-9]+-)?[A-Za-z0-9_-]{20,}/g },
  { what: "GitHub token", re: /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})/g },
  { what: "Slack token", re: /\bxox[abprs]-[A-Za-z0-9-]{10,}/g },
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
    re: /(?:^|[\s"'{,])([A-Za-z0-9_.-]+)["']?\s*[:=](?=\s*["']?(?!Bearer\b|Basic\b|\[redacted)[^"'\s,}]{4})/g,
    named: { is: (n) => secretNamed(n), value: /(\s*["']?)([^"'\s,}]+)/y },
  },
];

/** The text with every secret a pattern finds replaced by what `hide` returns (a marker). */
export function redactPatterns(text: string, hide: (secret: string, what: string) => string): string {
  let out = text;
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
