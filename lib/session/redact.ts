import type { Entry } from "../record/format";
import type { RedactionNote, SessionFile } from "./file";
import { rawStrings } from "./raw-strings";
import { fieldLabel, flagLabel, pathVariable, secretNamed } from "./secret-names";
import { SecretForms } from "./secret-forms";
import { redactPatterns } from "./secret-patterns";
import { newSalt, redactionMarker } from "./secret-digest";

/**
 * Secrets never leave by accident: before a session is shared, every string in it is scanned
 * for the target's env and header values, bearer tokens, common API-key shapes and fields named
 * like secrets, and those are replaced by a marker naming what was there. A marker never
 * repeats the name it was found under beyond a few known words (see secret-names.ts): a key or
 * flag may itself hold the secret.
 */
export interface RedactOptions {
  /** Values that must never appear: the target's env and header values, by name. */
  secrets: Record<string, string>;
  /** Entries the person chose to leave out entirely. */
  dropSeqs?: readonly number[];
  /** More strings the person marked as secret. */
  extra?: readonly string[];
  /**
   * The salt of the digests written beside long redacted values (secret-digest.ts), so that replay
   * compares a live value with them; a new random one when not given.
   */
  salt?: string;
}

export interface RedactionHit {
  seq?: number;
  what: string;
  /** A hint of what was hidden that does not reveal it: first characters and length. */
  preview: string;
}

/** An argument that says the next argument is a secret: --api-key, --pass, -k; not -p (too vague). */
const FLAG = /^--?([A-Za-z0-9_-]+)$/;
/** `-k KEY`, but not curl's `-k` (insecure, no value), which a URL or a path follows. */
const secretFlag = (flag: string, value: string) =>
  FLAG.test(flag) && (secretNamed(FLAG.exec(flag)![1]) || (flag === "-k" && !/^(?:[a-z][a-z0-9+.-]*:\/\/|[/.~])/i.test(value)));
/** mysql's password joined to its flag: `mysql -u root -pPASSWORD`. */
const MYSQL = /(?:^|[\\/])mysql(?:dump|admin|import|check|show|slap|sh)?(?:\.exe)?$/i;
const MIN_SECRET_LENGTH = 4;

type Walk = (v: unknown, seq: number | undefined, key?: string) => unknown;

/** Redact a session for sharing. Returns the new session and what was hidden, for the review step. */
export function redactSession(session: SessionFile, opts: RedactOptions): { session: SessionFile; hits: RedactionHit[] } {
  const given = [
    // A path the environment names (the working folder, the home) is no secret: kept.
    ...Object.entries(opts.secrets).flatMap(([name, value]) =>
      pathVariable(name, value) ? [] : secretParts(value).map((part) => ({ what: `value of ${name}`, value: part })),
    ),
    ...(opts.extra ?? []).map((value) => ({ what: "marked secret", value })),
  ];
  // First pass: what the patterns find (a token in a URL query, a password in a connection
  // string) is a secret wherever else it appears too, in any form.
  const found = new Map<string, string>();
  const salted = { ...opts, salt: opts.salt ?? newSalt() };
  const first = redactOnce(session, given, salted, found);
  // Nothing found by the patterns: the second pass would search for the same values with the same salt.
  if (found.size === 0) return first;
  const more = [...found].map(([value, what]) => ({ what, value }));
  return redactOnce(session, [...given, ...more], salted, new Map());
}

/** Strings up to this length are redacted once per pass and the result reused (a session repeats its keys, methods, levels). */
const MEMO_LENGTH = 4096;
/** At most this many strings remembered at once (the memory a long session's distinct strings may take). */
const MEMO_SIZE = 1 << 16;

/** What redacting one string gave: the text, and each value hidden in it in order (`found`: a pattern's, a secret wherever else it appears). */
interface Redacted {
  text: string;
  hidden: Array<{ what: string; secret: string; found: boolean }>;
}

function redactOnce(
  session: SessionFile,
  known: Array<{ what: string; value: string }>,
  opts: RedactOptions,
  found: Map<string, string>,
): { session: SessionFile; hits: RedactionHit[] } {
  const hits: RedactionHit[] = [];
  const values = known
    .filter((v) => v.value.length >= MIN_SECRET_LENGTH)
    // Longest first, so a value containing another is replaced whole.
    .sort((a, b) => b.value.length - a.value.length);
  const byValue = new Map(values.map((v) => [v.value, v.what]));

  // A marker's digest is an HMAC: each value's is computed once.
  const markers = new Map<string, string>();
  const marker = (what: string, secret: string): string => {
    const key = `${what}\0${secret}`;
    let m = markers.get(key);
    if (m === undefined) markers.set(key, (m = redactionMarker(what, secret, opts.salt)));
    return m;
  };
  const hide = (secret: string, seq: number | undefined, what: string): string => {
    hits.push({ seq, what, preview: preview(secret) });
    found.set(secret, what);
    return marker(what, secret);
  };

  // Each value as written, and (from 8 characters on) in every form a text may carry it:
  // JSON-escaped, percent-encoded, another case, split by invisible characters, hex, base64 at
  // any alignment, across a stream's chunks (secret-forms.ts; issue 52).
  const forms = new SecretForms(values.map((v) => v.value));
  const redactText = (s: string): Redacted => {
    const hidden: Redacted["hidden"] = [];
    const { text: out, found: at } = forms.replace(s, (i) => marker(values[i].what, values[i].value));
    for (const i of at) hidden.push({ what: values[i].what, secret: values[i].value, found: false });
    const text = redactPatterns(out, (secret, what) => {
      hidden.push({ what, secret, found: true });
      return marker(what, secret);
    });
    return { text, hidden };
  };
  // The same string gives the same text and hides the same values wherever it is: only its hits
  // are counted again, with the entry they are in.
  const memo = new Map<string, Redacted>();
  const redactString = (s: string, seq: number | undefined): string => {
    let r = s.length <= MEMO_LENGTH ? memo.get(s) : undefined;
    if (!r) {
      r = redactText(s);
      if (s.length <= MEMO_LENGTH) {
        if (memo.size >= MEMO_SIZE) memo.clear();
        memo.set(s, r);
      }
    }
    for (const h of r.hidden) {
      hits.push({ seq, what: h.what, preview: preview(h.secret) });
      if (h.found) found.set(h.secret, h.what);
    }
    return r.text;
  };
  // Only a value that a number prints as can come back as a number.
  const numeric = [...byValue.keys()].some((v) => String(Number(v)) === v);

  const walkWith = (numbers: boolean): Walk => {
    const walk: Walk = (v, seq, key) => {
      if (typeof v === "string") {
        if (key && secretNamed(key) && v.length >= MIN_SECRET_LENGTH && !v.startsWith("[redacted")) return hide(v, seq, fieldLabel(key));
        return redactString(v, seq);
      }
      // A secret env value may come back as a number (a PIN, a numeric key).
      if (numbers && numeric && typeof v === "number" && byValue.has(String(v))) return hide(String(v), seq, byValue.get(String(v))!);
      if (Array.isArray(v)) {
        // An argument after a secret-named flag is the secret: ["--api-key", "VALUE"].
        const mysqlAt = v.findIndex((x) => typeof x === "string" && MYSQL.test(x));
        return v.map((x, i) => {
          const flag = i > 0 ? v[i - 1] : undefined;
          if (mysqlAt >= 0 && i > mysqlAt && typeof x === "string" && /^-p[^\s[]{3}/.test(x))
            return `-p${hide(x.slice(2), seq, "mysql password")}`;
          if (
            typeof x === "string" &&
            typeof flag === "string" &&
            secretFlag(flag, x) &&
            !x.startsWith("-") &&
            x.length >= MIN_SECRET_LENGTH &&
            !x.startsWith("[redacted")
          )
            return hide(x, seq, flagLabel(flag));
          return walk(x, seq);
        });
      }
      // Keys too: a server may use a secret as an object key.
      if (v && typeof v === "object") {
        // As Object.fromEntries would build it, without an array a key.
        const out: Record<string, unknown> = {};
        for (const k of Object.keys(v)) {
          const key = redactString(k, seq);
          const x = walk((v as Record<string, unknown>)[k], seq, k);
          if (key === "__proto__") Object.defineProperty(out, key, { value: x, enumerable: true, writable: true, configurable: true });
          else out[key] = x;
        }
        return out;
      }
      return v;
    };
    return walk;
  };
  const walk = walkWith(true);
  // The record's own numbers (seqs, sizes, latencies, exit codes) are never secrets: only strings are scanned there.
  const scan = walkWith(false);

  /** True when the exact wire text holds a secret, read as its reader would read it; its hits count only when the message showed none. */
  const rawHoldsSecret = (raw: string, seq: number, counted: boolean): boolean => {
    const mark = hits.length;
    walk(rawStrings(raw), seq);
    redactString(raw, seq);
    const rawHits = hits.splice(mark);
    if (!counted) hits.push(...rawHits);
    return rawHits.length > 0;
  };

  const drop = new Set(opts.dropSeqs ?? []);
  const entries: Entry[] = [];
  for (const e of session.entries) {
    if (drop.has(e.seq)) continue;
    const before = hits.length;
    const redacted = redactEntry(e, walk, scan);
    // The wire text may spell a secret with JSON escapes (\u0073k-…, \/) or hide it behind a
    // duplicate key the parsed message lost: it stays only when it holds no secret itself.
    const inMessage = hits.length > before;
    const raw = e.kind === "message" ? e.raw : undefined;
    const keepRaw = raw !== undefined && !rawHoldsSecret(raw, e.seq, inMessage) && !inMessage;
    entries.push(keepRaw ? ({ ...redacted, raw } as Entry) : redacted);
  }
  const redactions: RedactionNote[] = summarize(hits);
  if (drop.size) redactions.push({ what: "entries left out by the person sharing", count: drop.size });
  const target = walkTarget(session.target, walk);
  const negotiated = session.negotiated && {
    ...(walk(session.negotiated, undefined) as NonNullable<SessionFile["negotiated"]>),
    initializeRequestSeq: session.negotiated.initializeRequestSeq,
    initializeResponseSeq: session.negotiated.initializeResponseSeq,
  };
  return {
    session: {
      ...session,
      inspectorVersion: redactString(session.inspectorVersion, undefined),
      createdAt: redactString(session.createdAt, undefined),
      ...(session.protocolVersion !== undefined ? { protocolVersion: redactString(session.protocolVersion, undefined) } : {}),
      target: restoreNames(session.target, target),
      negotiated,
      answers: session.answers.filter((a) => !drop.has(a.requestSeq)).map((a) => redactAnswer(a, walk)),
      // A verdict's expected and actual values are the server's answer and the test's text: walked as the record is.
      ...(session.verdicts ? { verdicts: session.verdicts.map((v) => redactVerdict(v, walk)) } : {}),
      // Notes from an earlier share are file-supplied too, and an older version wrote keys into them.
      redactions: [...session.redactions.map((r) => ({ ...r, what: relabel(r.what, (s) => redactString(s, r.seq)) })), ...redactions],
      entries,
    },
    hits,
  };
}

function redactEntry(e: Entry, walk: Walk, scan: Walk): Entry {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) {
    // raw is put back by the caller when it holds no secret (not deleted here: a deleted key slows the object).
    if (k === "raw") continue;
    if (STRUCTURE.has(k)) out[k] = v;
    // Secrets in auth steps are masked as they are recorded; a share still walks every string.
    else if (k === "message" || k === "auth") out[k] = walk(v, e.seq);
    // Every other string too: pair.method, HTTP facts, reasons, undelivered notes, the lifecycle's target and signal.
    else out[k] = scan(v, e.seq);
  }
  return out as Entry;
}

/** Fields that hold the record's own structure, never text from the target. */
const STRUCTURE = new Set(["seq", "t", "kind", "dir", "size", "event", "count", "bytes", "pid", "code", "retryOf", "invalidUtf8"]);

function redactAnswer(a: SessionFile["answers"][number], walk: Walk): SessionFile["answers"][number] {
  const w = walk(a, a.requestSeq) as SessionFile["answers"][number];
  return { ...w, requestSeq: a.requestSeq, ...(a.error && w.error ? { error: { ...w.error, code: a.error.code } } : {}) };
}

function redactVerdict(v: NonNullable<SessionFile["verdicts"]>[number], walk: Walk): NonNullable<SessionFile["verdicts"]>[number] {
  const w = walk(v, v.requestSeq) as typeof v;
  // Seqs and the status are the file's own structure, never text from the target.
  return { ...w, status: v.status, source: v.source, requestSeq: v.requestSeq, responseSeq: v.responseSeq };
}

/** A note's label as this version would write it: a key or flag in it reduced to its known words. */
function relabel(what: string, redactString: (s: string) => string): string {
  const field = /^field "([\s\S]*)"$/.exec(what);
  if (field) return fieldLabel(field[1]);
  const flag = /^value of (--?\S+)$/.exec(what);
  if (flag) return flagLabel(flag[1]);
  return redactString(what);
}

/** The target redacted, its command walked in front of its args so that a rule on arguments sees the program (`mysql -pPW`). */
function walkTarget(t: SessionFile["target"], walk: Walk): SessionFile["target"] {
  if (t.transport !== "stdio") return walk(t, undefined) as SessionFile["target"];
  const { command, args, ...rest } = t;
  const [cmd, ...redactedArgs] = walk([command, ...args], undefined) as string[];
  return { ...t, ...(walk(rest, undefined) as object), command: cmd, args: redactedArgs } as SessionFile["target"];
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
