import type { Entry } from "../record/format";
import type { RedactionNote, SessionFile } from "./file";

/**
 * Secrets never leave by accident: before a session is shared, every string in it is scanned
 * for the target's env and header values, bearer tokens, common API-key shapes and fields named
 * like secrets, and those are replaced by a marker naming what was there.
 */
export interface RedactOptions {
  /** Values that must never appear: the target's env and header values, by name. */
  secrets: Record<string, string>;
  /** Entries the person chose to leave out entirely. */
  dropSeqs?: readonly number[];
  /** More strings the person marked as secret. */
  extra?: readonly string[];
}

export interface RedactionHit {
  seq?: number;
  what: string;
  /** A hint of what was hidden that does not reveal it: first characters and length. */
  preview: string;
}

const PATTERNS: Array<{ what: string; re: RegExp; keep?: number }> = [
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
  // A secret given as the argument after its flag: --api-key VALUE, --password VALUE.
  { what: "value of a secret flag", re: /((?:^|\s)--?[A-Za-z0-9_-]*(?:key|token|secret|password|passwd|pwd)[A-Za-z0-9_-]*\s+)(?!-)(?!\[redacted)([^\s"']{4,})/gi, keep: 1 },
  { what: "JWT", re: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
  { what: "OpenAI/Anthropic-style API key", re: /\bsk-(?:proj-|ant-[a-z0-9]+-)?[A-Za-z0-9_-]{20,}/g },
  { what: "GitHub token", re: /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})/g },
  { what: "Slack token", re: /\bxox[abprs]-[A-Za-z0-9-]{10,}/g },
  { what: "AWS access key id", re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { what: "Google API key", re: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { what: "Stripe key", re: /\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,}/g },
  { what: "secret in a URL", re: /([?&](?:api[_-]?key|access[_-]?token|token|secret|key|auth|password)=)([^&\s"'#]{4,})/gi, keep: 1 },
  // NAME=value and "NAME": "value" where NAME looks like it holds a secret (env dumps, config echoes).
  { what: "secret-named field", re: /((?:^|[\s"'{,])[A-Za-z0-9_.-]*(?:KEY|TOKEN|SECRET|PASSWORD|PASSWD|PWD|CREDENTIALS?|AUTH)[A-Za-z0-9_]*["']?\s*[:=]\s*["']?)(?!Bearer\b|Basic\b|\[redacted)([^"'\s,}]{4,})/gi, keep: 1 },
];

const SECRET_KEY = /(?:key|token|secret|password|passwd|credential|authorization|cookie)/i;
/** An argument that says the next argument is a secret: --api-key, -p? no: only named ones. */
const SECRET_FLAG = /^--?[A-Za-z0-9_-]*(?:key|token|secret|password|passwd|pwd)[A-Za-z0-9_-]*$/i;
const MIN_SECRET_LENGTH = 4;

/** Redact a session for sharing. Returns the new session and what was hidden, for the review step. */
export function redactSession(session: SessionFile, opts: RedactOptions): { session: SessionFile; hits: RedactionHit[] } {
  const given = [
    ...Object.entries(opts.secrets).flatMap(([name, value]) => secretParts(value).map((part) => ({ what: `value of ${name}`, value: part }))),
    ...(opts.extra ?? []).map((value) => ({ what: "marked secret", value })),
  ];
  // First pass: what the patterns find (a token in a URL query, a password in a connection
  // string) is a secret wherever else it appears too, in any form.
  const found = new Map<string, string>();
  redactOnce(session, given, opts, found);
  const more = [...found].map(([value, what]) => ({ what, value }));
  return redactOnce(session, [...given, ...more], opts, new Map());
}

function redactOnce(session: SessionFile, known: Array<{ what: string; value: string }>, opts: RedactOptions, found: Map<string, string>): { session: SessionFile; hits: RedactionHit[] } {
  const hits: RedactionHit[] = [];
  const values = known
    .filter((v) => v.value.length >= MIN_SECRET_LENGTH)
    // Longest first, so a value containing another is replaced whole.
    .sort((a, b) => b.value.length - a.value.length);
  const byValue = new Map(values.map((v) => [v.value, v.what]));

  const redactString = (s: string, seq: number | undefined): string => {
    let out = s;
    for (const v of values) {
      if (!out.includes(v.value)) continue;
      hits.push({ seq, what: v.what, preview: preview(v.value) });
      out = out.split(v.value).join(`[redacted: ${v.what}]`);
    }
    for (const p of PATTERNS) {
      out = out.replace(p.re, (match, ...groups) => {
        if (match.includes("[redacted")) return match;
        const kept = p.keep ? String(groups[0]) : "";
        const secret = p.keep ? String(groups[1]) : match;
        if (secret.startsWith("[redacted")) return match;
        hits.push({ seq, what: p.what, preview: preview(secret) });
        found.set(secret, p.what);
        return `${kept}[redacted: ${p.what}]`;
      });
    }
    return out;
  };

  const secretValue = (v: string, seq: number | undefined, what: string): string => {
    hits.push({ seq, what, preview: preview(v) });
    found.set(v, what);
    return `[redacted: ${what}]`;
  };

  const walk = (v: unknown, seq: number | undefined, key?: string): unknown => {
    if (typeof v === "string") {
      if (key && SECRET_KEY.test(key) && v.length >= MIN_SECRET_LENGTH && !v.startsWith("[redacted")) return secretValue(v, seq, `field "${key}"`);
      return redactString(v, seq);
    }
    // A secret env value may come back as a number (a PIN, a numeric key).
    if (typeof v === "number" && byValue.has(String(v))) return secretValue(String(v), seq, byValue.get(String(v))!);
    if (Array.isArray(v)) {
      // An argument after a secret-named flag is the secret: ["--api-key", "VALUE"].
      return v.map((x, i) => {
        const flag = i > 0 ? v[i - 1] : undefined;
        if (typeof x === "string" && typeof flag === "string" && SECRET_FLAG.test(flag) && !x.startsWith("-") && x.length >= MIN_SECRET_LENGTH && !x.startsWith("[redacted")) return secretValue(x, seq, `value of ${flag}`);
        return walk(x, seq);
      });
    }
    // Keys too: a server may use a secret as an object key.
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [redactString(k, seq), walk(x, seq, k)]));
    return v;
  };

  const drop = new Set(opts.dropSeqs ?? []);
  const entries: Entry[] = [];
  for (const e of session.entries) {
    if (drop.has(e.seq)) continue;
    const before = hits.length;
    const redacted = redactEntry(e, walk);
    // The wire text may spell a secret with JSON escapes (\u0073k-…, \/) the patterns cannot
    // see: when the message held a secret, the exact text goes and the parsed message stays.
    entries.push(redacted.kind === "message" && redacted.raw !== undefined && hits.length > before ? withoutRaw(redacted) : redacted);
  }
  const redactions: RedactionNote[] = summarize(hits);
  if (drop.size) redactions.push({ what: "entries left out by the person sharing", count: drop.size });
  const target = walk(session.target, undefined) as SessionFile["target"];
  return {
    session: {
      ...session,
      target: restoreNames(session.target, target),
      negotiated: walk(session.negotiated, undefined) as SessionFile["negotiated"],
      answers: session.answers.filter((a) => !drop.has(a.requestSeq)).map((a) => walk(a, a.requestSeq) as SessionFile["answers"][number]),
      redactions: [...session.redactions, ...redactions],
      entries,
    },
    hits,
  };
}

function withoutRaw<E extends { raw?: string }>(e: E): E {
  const { raw: _raw, ...rest } = e;
  return rest as E;
}

function redactEntry(e: Entry, walk: (v: unknown, seq: number | undefined, key?: string) => unknown): Entry {
  switch (e.kind) {
    case "message":
      return { ...e, message: walk(e.message, e.seq), ...(e.raw !== undefined ? { raw: walk(e.raw, e.seq) as string } : {}) };
    case "stderr":
    case "stdout-noise":
    case "http":
      return { ...e, text: walk(e.text, e.seq) as string };
    case "auth":
      // Secrets are masked as they are recorded; a share still walks every string in the steps.
      return { ...e, auth: walk(e.auth, e.seq) as typeof e.auth };
    case "lifecycle":
      return { ...e, text: walk(e.text, e.seq) as string, ...(e.target !== undefined ? { target: walk(e.target, e.seq) as string } : {}) };
    default:
      return e;
  }
}

/** Env and header names are shared on purpose; only values are secret. */
function restoreNames(original: SessionFile["target"], redacted: SessionFile["target"]): SessionFile["target"] {
  if (original.transport === "stdio" && redacted.transport === "stdio") return { ...redacted, envNames: original.envNames };
  if (original.transport !== "stdio" && redacted.transport !== "stdio") return { ...redacted, headerNames: original.headerNames };
  return redacted;
}

function summarize(hits: RedactionHit[]): RedactionNote[] {
  const byWhat = new Map<string, number>();
  for (const h of hits) byWhat.set(h.what, (byWhat.get(h.what) ?? 0) + 1);
  return [...byWhat].map(([what, count]) => ({ what, count }));
}

/** A value and, for "Bearer xyz"-like values, the credential alone (it is often echoed without the scheme). */
function secretParts(value: string): string[] {
  const m = /^(?:Bearer|Basic|Token|Bot)\s+(\S{8,})$/i.exec(value.trim());
  return m ? [value, m[1]] : [value];
}

function preview(secret: string): string {
  return `${secret.slice(0, Math.min(3, Math.floor(secret.length / 4)))}… (${secret.length} chars)`;
}
