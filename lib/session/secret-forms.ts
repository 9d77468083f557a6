/**
 * A known secret in the forms a text may carry it, not only as written: JSON-escaped
 * (`\u0073k-…`, `\/`, escaped twice), percent-encoded, as HTML character references, in another
 * case, with zero-width, invisible or blank characters inside it, in fullwidth letters, in hex, in
 * base64 or base64url at any of the three byte alignments (with or without padding, inside a
 * longer encoded text), and split across the chunks of a stream (SSE `data:` lines or JSON lines
 * whose same field, read in order, spells it). Issue 52 item 4: an endpoint that echoed a model
 * key in any of these got it past a literal search into the record and the saved session.
 *
 * How: the text is read through "views" that decode it (each decoded character remembers the
 * span of the text it came from) and every view is searched for every secret; what a view finds
 * is masked in the text as it was, so the rest reads as it did.
 */

/** Secrets shorter than this are searched for only as written: another case of a 5-letter value would mask ordinary words. */
export const FORMS_MIN = 8;
/** Decoding is applied at most this often (a key JSON-escaped inside a JSON string that is percent-encoded). */
const MAX_PASSES = 3;
/** A base64 core shorter than this could occur by chance. */
const CORE_MIN = 8;
/** Nesting a stream line's JSON is read to. */
const MAX_DEPTH = 64;

/** One place a secret was found: [start, end) of the text as given, and which secret (its index in the list). */
export interface FormMatch {
  start: number;
  end: number;
  index: number;
}

/**
 * A text read through a decoding: `text[k]` came from `[from[k], to[k])` of the original and
 * belongs to segment `seg[k]` (a stream's chunk: a match is masked chunk by chunk, the framing
 * between chunks kept). Null arrays mean the original itself.
 */
interface View {
  text: string;
  from: Int32Array | null;
  to: Int32Array | null;
  seg: Int32Array | null;
}

export class SecretForms {
  private readonly literal: Needles;
  private readonly folded: Needles;
  private readonly exact: Needles;

  /** `secrets` in order of preference (a match of an earlier one wins a tie); `formsMin` is FORMS_MIN unless given. */
  constructor(secrets: readonly string[], o: { formsMin?: number; literalMin?: number } = {}) {
    const formsMin = o.formsMin ?? FORMS_MIN;
    const literalMin = Math.max(1, o.literalMin ?? 1);
    const literal = new Map<string, number>();
    const folded = new Map<string, number>();
    const exact = new Map<string, number>();
    const add = (map: Map<string, number>, needle: string, index: number) => void (needle && !map.has(needle) && map.set(needle, index));
    secrets.forEach((secret, index) => {
      if (secret.length < literalMin) return;
      if (secret.length < formsMin) return add(literal, secret, index);
      for (const n of [secret, canonical(secret), hex(secret)]) add(folded, n.toLowerCase(), index);
      for (const core of base64Cores(secret)) add(exact, core, index);
    });
    this.literal = new Needles(literal);
    this.folded = new Needles(folded);
    this.exact = new Needles(exact);
  }

  /** Where the secrets are in `text`, in order, overlaps merged (the first found keeps its index). */
  find(text: string): FormMatch[] {
    const found: FormMatch[] = [];
    this.literal.each(text, (start, end, index) => found.push({ start, end, index }));
    if (!this.folded.empty || !this.exact.empty) eachView(text, (view) => this.search(view, found));
    return merge(found);
  }

  /** The text with each secret found replaced by `marker(index)`, and the indexes found. */
  replace(text: string, marker: (index: number) => string): { text: string; found: Set<number> } {
    const matches = this.find(text);
    const found = new Set<number>();
    if (!matches.length) return { text, found };
    let out = "";
    let at = 0;
    for (const m of matches) {
      out += text.slice(at, m.start) + marker(m.index);
      at = m.end;
      found.add(m.index);
    }
    return { text: out + text.slice(at), found };
  }

  private search(view: View, found: FormMatch[]): void {
    const hit = (start: number, end: number, index: number) => {
      if (!view.from) return void found.push({ start, end, index });
      // One match may come from several chunks: each chunk's part is masked on its own.
      let cur: FormMatch | undefined;
      for (let k = start; k < end; k++) {
        const seg = view.seg ? view.seg[k] : 0;
        if (cur && (!view.seg || view.seg[k - 1] === seg)) cur.end = Math.max(cur.end, view.to![k]);
        else found.push((cur = { start: view.from[k], end: view.to![k], index }));
      }
    };
    // Case-blind by searching the lower-cased text for lower-cased needles.
    if (!this.folded.empty) this.folded.each(lowerSameLength(view.text), hit);
    this.exact.each(view.text, hit);
  }
}

/**
 * A set of strings found in a text by their first few characters: one map lookup per position,
 * whatever the number of secrets (a RegExp alternation of a few hundred needles tries each at
 * every position). Leftmost, then longest; matches do not overlap.
 */
class Needles {
  private readonly byHead = new Map<number, Array<[string, number]>>();
  private readonly head: number;
  /** 1 for the low byte of each UTF-16 unit a needle starts with: most positions of a text are passed on this alone. */
  private readonly starts = new Uint8Array(256);
  readonly empty: boolean;

  constructor(needles: Map<string, number>) {
    this.empty = needles.size === 0;
    // Three UTF-16 units make a key that a double holds exactly (48 bits).
    this.head = Math.min(3, ...[...needles.keys()].map((n) => n.length));
    for (const [needle, index] of [...needles].sort((a, b) => b[0].length - a[0].length)) {
      const key = headKey(needle, 0, this.head);
      const list = this.byHead.get(key) ?? [];
      list.push([needle, index]);
      this.byHead.set(key, list);
      this.starts[needle.charCodeAt(0) & 0xff] = 1;
    }
  }

  each(text: string, hit: (start: number, end: number, index: number) => void): void {
    if (this.empty) return;
    let i = 0;
    while (i + this.head <= text.length) {
      if (this.starts[text.charCodeAt(i) & 0xff] === 0) {
        i++;
        continue;
      }
      const candidates = this.byHead.get(headKey(text, i, this.head));
      const m = candidates?.find(([needle]) => text.startsWith(needle, i));
      if (m) {
        hit(i, i + m[0].length, m[1]);
        i += m[0].length;
      } else i++;
    }
  }
}

function headKey(text: string, at: number, head: number): number {
  let key = 0;
  for (let k = 0; k < head; k++) key = key * 65536 + text.charCodeAt(at + k);
  return key;
}

/** The text lower-cased unit by unit, so each index still points at the same character (İ lower-cases to two). */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = "";
  for (const c of text) {
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}

function merge(found: FormMatch[]): FormMatch[] {
  if (found.length < 2) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: FormMatch[] = [found[0]];
  for (const m of found.slice(1)) {
    const last = out[out.length - 1];
    if (m.start < last.end) last.end = Math.max(last.end, m.end);
    else out.push({ ...m });
  }
  return out;
}

/**
 * The secret as a decoded view would show it: no invisible or blank characters, compatibility
 * forms folded. Not unescaped: the secret is the value itself (a password may hold `\ ` or `%20`).
 */
function canonical(secret: string): string {
  let out = "";
  for (const ch of secret) {
    if (ch.charCodeAt(0) < 0x80 ? ch <= " " || ch === "\x7f" : BLANK_OR_INVISIBLE.test(ch)) continue;
    out += ch.charCodeAt(0) < 0x80 ? ch : fold(ch);
  }
  return out;
}

function hex(secret: string): string {
  return [...new TextEncoder().encode(secret)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Standard base64 with padding (btoa wants a string of bytes). */
function base64(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/**
 * The base64 characters that depend only on the secret's bytes, for each of the three places it
 * may start in a longer encoded text (GitHub's secret scanning does the same): whatever comes
 * before or after changes at most the first and last character, which are left out. Then the
 * base64url spelling of each.
 */
export function base64Cores(secret: string): string[] {
  const bytes = new TextEncoder().encode(secret);
  const cores = new Set<string>();
  for (let a = 0; a < 3; a++) {
    const shifted = new Uint8Array(a + bytes.length);
    shifted.set(bytes, a);
    const encoded = base64(shifted);
    const core = encoded.slice(Math.ceil((8 * a) / 6), Math.floor((8 * (a + bytes.length)) / 6));
    if (core.length < CORE_MIN) continue;
    cores.add(core);
    cores.add(core.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return [...cores];
}

/**
 * Calls `visit` with the text as written, its decodings, and each stream field read across its
 * chunks with its decodings; each view is dropped once visited and its decodings made, so memory
 * holds one branch of decodings at a time. The decoding work is bounded (WORK_FACTOR times the
 * text, plus WORK_BASE characters): a hostile text of nothing but escapes costs a bounded time,
 * and the decodings past the bound are not read.
 */
function eachView(text: string, visit: (v: View) => void): void {
  let budget = WORK_BASE + WORK_FACTOR * text.length;
  const first: View = { text, from: null, to: null, seg: null };
  visit(first);
  const decodings = (root: View) => {
    // Invisible characters dropped but nothing unescaped: a secret may itself hold `\/` or `%41`.
    const stripped = decodePass(root, "strip");
    if (stripped) visit(stripped);
    // One kind of encoding a layer, in every order (JSON-escaped then percent-encoded is not
    // percent-encoded then JSON-escaped): decoding two kinds at once would also decode a
    // password's own `%aa` while unescaping the JSON around it.
    const walk = (v: View, depth: number) => {
      if (depth >= MAX_PASSES) return;
      for (const kind of KINDS) {
        if (budget <= 0 || !v.text.includes(KIND_MARK[kind])) continue;
        budget -= v.text.length;
        const d = decodePass(v, kind);
        if (!d) continue;
        visit(d);
        walk(d, depth + 1);
      }
    };
    walk(root, 0);
  };
  // Most strings hold nothing a pass would decode but spaces and line ends (a secret is not split
  // by those: a pass that drops them runs only when something else calls for it).
  if (/[\\%&\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\uffff]/.test(text)) decodings(first);
  for (const v of streamViews(text)) {
    visit(v);
    decodings(v);
  }
}

type Kind = "strip" | "escape" | "percent" | "reference";
const KINDS = ["escape", "percent", "reference"] as const;
const KIND_MARK = { escape: "\\", percent: "%", reference: "&" } as const;
/** The decoding work one text may cost, in characters read: WORK_BASE plus WORK_FACTOR times its length. */
const WORK_BASE = 1 << 20;
const WORK_FACTOR = 8;

const BLANK_OR_INVISIBLE = /^[\p{Cc}\p{Cf}\p{Z}\p{Default_Ignorable_Code_Point}\s\u2800]$/u;
const HEX2 = /^[0-9a-fA-F]{2}$/;
const ENTITIES: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">" };
const ESCAPES: Record<string, string> = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "0": "\0" };

/**
 * One layer of one kind of decoding (backslash escapes, percent-encoding or character
 * references), invisibles dropped; "strip" only drops them. Undefined when it decodes nothing.
 */
function decodePass(v: View, kind: Kind): View | undefined {
  const s = v.text;
  const mark = kind === "strip" ? -1 : KIND_MARK[kind].charCodeAt(0);
  let cap = s.length + 16;
  let units = new Uint16Array(cap);
  let from = new Int32Array(cap);
  let to = new Int32Array(cap);
  let seg = v.seg ? new Int32Array(cap) : null;
  let n = 0;
  let changed = false;
  const emit = (unit: number, start: number, end: number, segment: number) => {
    if (n === cap) {
      cap *= 2;
      const grow = <T extends Uint16Array | Int32Array>(a: T, make: (n: number) => T): T => {
        const b = make(cap);
        b.set(a);
        return b;
      };
      units = grow(units, (k) => new Uint16Array(k));
      from = grow(from, (k) => new Int32Array(k));
      to = grow(to, (k) => new Int32Array(k));
      if (seg) seg = grow(seg, (k) => new Int32Array(k));
    }
    units[n] = unit;
    from[n] = start;
    to[n] = end;
    if (seg) seg[n] = segment;
    n++;
  };
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    const start = v.from ? v.from[i] : i;
    const segment = v.seg ? v.seg[i] : 0;
    // The usual character: printable ASCII that starts no encoding of this kind.
    if (c > 0x20 && c < 0x7f && c !== mark) {
      emit(c, start, v.to ? v.to[i] : i + 1, segment);
      i++;
      continue;
    }
    let [decoded, length] = decodeAt(s, i, kind);
    // A character above U+FFFF escaped as two halves (`\udb40\udc20`, a tag character) is one character.
    if (decoded.length === 1 && /[\ud800-\udbff]/.test(decoded) && i + length < s.length) {
      const [low, more] = decodeAt(s, i + length, kind);
      if (low.length === 1 && /[\udc00-\udfff]/.test(low)) [decoded, length] = [decoded + low, length + more];
    }
    if (kind !== "strip" && length > 1 && decoded !== s.slice(i, i + length)) changed = true;
    const end = v.to ? v.to[i + length - 1] : i + length;
    let emitted = "";
    for (const ch of decoded) {
      if (ch.charCodeAt(0) < 0x80 ? ch <= " " || ch === "\x7f" : BLANK_OR_INVISIBLE.test(ch)) continue;
      const folded = ch.charCodeAt(0) < 0x80 ? ch : fold(ch);
      for (let u = 0; u < folded.length; u++) emit(folded.charCodeAt(u), start, end, segment);
      emitted += folded;
    }
    if (kind === "strip" && emitted !== s.slice(i, i + length)) changed = true;
    i += length;
  }
  if (!changed) return undefined;
  let text = "";
  for (let k = 0; k < n; k += 8192) text += String.fromCharCode(...units.subarray(k, Math.min(n, k + 8192)));
  return { text, from: from.subarray(0, n), to: to.subarray(0, n), seg: seg ? seg.subarray(0, n) : null };
}

/** A compatibility form (fullwidth `ｓ`, mathematical `𝐬`) as the ASCII it stands for; anything else as it is. */
function fold(ch: string): string {
  const n = ch.normalize("NFKC");
  return n !== ch && /^[\x21-\x7e]+$/.test(n) ? n : ch;
}

/** What the text at `i` stands for and how many code units it takes. */
function decodeAt(s: string, i: number, kind: Kind): [string, number] {
  const c = s[i];
  if (kind === "escape" && c === "\\" && i + 1 < s.length) {
    const n = s[i + 1];
    if (n === "u") {
      if (/^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) return [String.fromCharCode(parseInt(s.slice(i + 2, i + 6), 16)), 6];
      const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(s.slice(i + 2, i + 10));
      if (braced && parseInt(braced[1], 16) <= 0x10ffff) return [String.fromCodePoint(parseInt(braced[1], 16)), 2 + braced[0].length];
    }
    if (n === "x" && HEX2.test(s.slice(i + 2, i + 4))) return [String.fromCharCode(parseInt(s.slice(i + 2, i + 4), 16)), 4];
    if (n in ESCAPES) return [ESCAPES[n], 2];
    // Only what JSON and JavaScript escape this way: a backslash before anything else is itself.
    if (n === "\\" || n === '"' || n === "'" || n === "/") return [n, 2];
    return [c, 1];
  }
  if (kind === "percent" && c === "%" && HEX2.test(s.slice(i + 1, i + 3))) return percentAt(s, i);
  if (kind === "reference" && c === "&") {
    const ref = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|quot|apos|lt|gt));/.exec(s.slice(i, i + 12));
    if (ref) {
      const cp = ref[1] ? parseInt(ref[1], 10) : ref[2] ? parseInt(ref[2], 16) : -1;
      if (ref[3]) return [ENTITIES[ref[3]], ref[0].length];
      if (cp >= 0 && cp <= 0x10ffff) return [String.fromCodePoint(cp), ref[0].length];
    }
  }
  return codePointAt(s, i);
}

function codePointAt(s: string, i: number): [string, number] {
  const cp = s.codePointAt(i)!;
  return [String.fromCodePoint(cp), cp > 0xffff ? 2 : 1];
}

/** A percent-encoded UTF-8 sequence (`%E2%80%8B` is one zero-width space), or the one byte when it is not one. */
function percentAt(s: string, i: number): [string, number] {
  const lead = parseInt(s.slice(i + 1, i + 3), 16);
  const units = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  if (units > 1 && /^(?:%[0-9a-fA-F]{2})+$/.test(s.slice(i, i + 3 * units)) && s.length >= i + 3 * units) {
    try {
      return [decodeURIComponent(s.slice(i, i + 3 * units)), 3 * units];
    } catch {
      // Not UTF-8: the byte as a Latin-1 character below.
    }
  }
  return [String.fromCharCode(lead), 3];
}

/**
 * For a text of several JSON documents, one a line (SSE `data:` lines, JSON lines): each string
 * field read across the lines in order, as one text whose chunks are segments. A provider streams
 * an answer eight characters at a time, so a key the model repeats is in no single chunk.
 */
function streamViews(text: string): View[] {
  if (!text.includes("\n") || !/^(?:data:\s*)?[[{]/m.test(text)) return [];
  const byPath = new Map<string, Array<[number, number]>>();
  let lineStart = 0;
  let documents = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const lead = /^(?:data:[ \t]*)?(?=[[{])/.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 16)));
    if (lead) {
      documents++;
      jsonValue(text, lineStart + lead[0].length, lineEnd, "", 0, (path, a, b) => {
        const list = byPath.get(path) ?? [];
        list.push([a, b]);
        byPath.set(path, list);
      });
    }
    lineStart = lineEnd + 1;
  }
  if (documents < 2) return [];
  const out: View[] = [];
  for (const pieces of byPath.values()) {
    if (pieces.length < 2) continue;
    let joined = "";
    const size = pieces.reduce((sum, [a, b]) => sum + b - a, 0);
    const from = new Int32Array(size);
    const to = new Int32Array(size);
    const seg = new Int32Array(size);
    let k = 0;
    pieces.forEach(([a, b], n) => {
      joined += text.slice(a, b);
      for (let j = a; j < b; j++, k++) {
        from[k] = j;
        to[k] = j + 1;
        seg[k] = n;
      }
    });
    out.push({ text: joined, from, to, seg });
  }
  return out;
}

/** Reads one JSON value at `i` (up to `end`), reporting each string value's content span with its path; the index after it, or -1. */
function jsonValue(
  s: string,
  i: number,
  end: number,
  path: string,
  depth: number,
  emit: (path: string, a: number, b: number) => void,
): number {
  i = skipSpace(s, i, end);
  if (i >= end || depth > MAX_DEPTH) return -1;
  const c = s[i];
  if (c === '"') {
    const close = stringEnd(s, i, end);
    if (close > 0) emit(path, i + 1, close - 1);
    return close;
  }
  if (c === "{" || c === "[") {
    const object = c === "{";
    i = skipSpace(s, i + 1, end);
    if (s[i] === (object ? "}" : "]")) return i + 1;
    for (let index = 0; ; index++) {
      let key = String(index);
      if (object) {
        const close = stringEnd(s, i, end);
        if (close < 0) return -1;
        key = s.slice(i + 1, close - 1);
        i = skipSpace(s, close, end);
        if (s[i] !== ":") return -1;
        i++;
      }
      i = jsonValue(s, i, end, `${path}/${key}`, depth + 1, emit);
      if (i < 0) return -1;
      i = skipSpace(s, i, end);
      if (s[i] === ",") i++;
      else return s[i] === (object ? "}" : "]") ? i + 1 : -1;
      i = skipSpace(s, i, end);
    }
  }
  const literal = /^[^\s,\]}]+/.exec(s.slice(i, Math.min(end, i + 64)));
  return literal ? i + literal[0].length : -1;
}

function stringEnd(s: string, i: number, end: number): number {
  if (s[i] !== '"') return -1;
  for (let j = i + 1; j < end; j++) {
    if (s[j] === "\\") j++;
    else if (s[j] === '"') return j + 1;
  }
  return -1;
}

function skipSpace(s: string, i: number, end: number): number {
  while (i < end && (s[i] === " " || s[i] === "\t" || s[i] === "\r")) i++;
  return i;
}
