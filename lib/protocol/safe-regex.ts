import { RE2JS } from "re2js";

// JSON Schema's `pattern` and `patternProperties` are ECMAScript regular expressions, and a
// server chooses them. A backtracking engine (V8's) takes exponential time on `^(a|a)*$`
// against "aaaa…a!", freezing the backend's event loop or the page's tab (issue 22 item 4).
// RE2 (re2js, pure JS) matches in time linear in the input; this module translates an
// ECMAScript pattern (Unicode mode, as Ajv compiles it) into RE2 syntax with the same meaning,
// or says why it cannot: RE2 has no backreferences and no lookahead.

/** A pattern that runs in linear time; `test` searches anywhere in the string, as RegExp#test. */
export interface SafePattern {
  test(s: string): boolean;
  toString(): string;
}

/** A pattern RE2 cannot run: not checked, never a hang. */
export class UncheckedPattern extends Error {
  constructor(
    readonly pattern: string,
    readonly why: string,
  ) {
    super(`pattern not checked: ${JSON.stringify(pattern)} (${why})`);
  }
}

/** A parsed pattern is cached: Ajv asks again for each schema that repeats it. */
const MAX_CACHED = 500;
const cache = new Map<string, SafePattern | UncheckedPattern>();

/**
 * Compiles an ECMAScript pattern to a linear-time matcher. Throws the SyntaxError `new RegExp`
 * would for an invalid pattern; returns an UncheckedPattern for one RE2 cannot express.
 */
export function safePattern(pattern: string): SafePattern | UncheckedPattern {
  // Building a RegExp only parses it (no matching), so the syntax and its errors stay V8's own.
  new RegExp(pattern, "u");
  let p = cache.get(pattern);
  if (p) return p;
  try {
    const { source, flags } = toRe2(pattern);
    const re = RE2JS.compile(source, flags);
    p = { test: (s: string) => re.test(s), toString: () => `/${pattern}/u` };
  } catch (e) {
    p = e instanceof UncheckedPattern ? e : new UncheckedPattern(pattern, `RE2 cannot run it: ${(e as Error).message}`);
  }
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(pattern, p);
  return p;
}

/** JavaScript's \s: WhiteSpace and LineTerminator (RE2's \s is ASCII only). */
const WS: Array<[number, number]> = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];
const NOT_WS = complement(WS);
const ranges = (rs: Array<[number, number]>) => rs.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join("");
/** JavaScript's `.` without the s flag: anything but a line terminator (RE2's spares only \n). */
const DOT = `[^${hex(0x0a)}${hex(0x0d)}${hex(0x2028)}${hex(0x2029)}]`;

/** ECMAScript long General_Category names, by the short ones RE2 knows. */
const CATEGORY = new Map(
  (
    "Letter=L Cased_Letter=LC Uppercase_Letter=Lu Lowercase_Letter=Ll Titlecase_Letter=Lt Modifier_Letter=Lm " +
    "Other_Letter=Lo Mark=M Combining_Mark=M Nonspacing_Mark=Mn Spacing_Mark=Mc Enclosing_Mark=Me Number=N " +
    "Decimal_Number=Nd digit=Nd Letter_Number=Nl Other_Number=No Punctuation=P punct=P Connector_Punctuation=Pc " +
    "Dash_Punctuation=Pd Open_Punctuation=Ps Close_Punctuation=Pe Initial_Punctuation=Pi Final_Punctuation=Pf " +
    "Other_Punctuation=Po Symbol=S Math_Symbol=Sm Currency_Symbol=Sc Modifier_Symbol=Sk Other_Symbol=So " +
    "Separator=Z Space_Separator=Zs Line_Separator=Zl Paragraph_Separator=Zp Other=C Control=Cc cntrl=Cc " +
    "Format=Cf Surrogate=Cs Private_Use=Co Unassigned=Cn"
  )
    .split(" ")
    .map((kv) => kv.split("=") as [string, string]),
);
/** Escapes that name one character. */
const SINGLE: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13, "0": 0 };

/** A char-class atom: one code point (may start or end a range) or a set written out. */
type Atom = { cp: number } | { set: string } | { dash: true };

/** Translates a valid Unicode-mode ECMAScript pattern into RE2 syntax (exported for tests). */
export function toRe2(pattern: string): { source: string; flags: number } {
  const cs = Array.from(pattern);
  let i = 0;
  let out = "";
  let flags = 0;
  const unsupported = (why: string) => new UncheckedPattern(pattern, why);

  const escape = (inClass: boolean): Atom => {
    const e = cs[i++];
    if ("dDwWB".includes(e) || (e === "b" && !inClass)) return { set: `\\${e}` };
    if (e === "b") return { cp: 8 }; // [\b] is a backspace
    if (e === "s") return { set: inClass ? ranges(WS) : `[${ranges(WS)}]` };
    if (e === "S") return { set: inClass ? ranges(NOT_WS) : `[^${ranges(WS)}]` };
    if (e in SINGLE) return { cp: SINGLE[e] };
    if (e === "c") return { cp: cs[i++].codePointAt(0)! % 32 };
    if (e === "x") return { cp: parseInt(take(2), 16) };
    if (e === "u") return { cp: unicodeEscape() };
    if (e === "p" || e === "P") return { set: property(e) };
    if (e === "k" || /[1-9]/.test(e)) throw unsupported("RE2 has no backreferences");
    return { cp: e.codePointAt(0)! }; // an identity escape: \. \/ \- \\ …
  };
  const take = (n: number) => {
    const s = cs.slice(i, i + n).join("");
    i += n;
    return s;
  };
  const unicodeEscape = (): number => {
    if (cs[i] === "{") {
      const end = cs.indexOf("}", i);
      const cp = parseInt(cs.slice(i + 1, end).join(""), 16);
      i = end + 1;
      return cp;
    }
    const hi = parseInt(take(4), 16);
    // A surrogate pair written as two escapes is one code point in Unicode mode.
    if (hi >= 0xd800 && hi <= 0xdbff && cs[i] === "\\" && cs[i + 1] === "u" && cs[i + 2] !== "{") {
      const lo = parseInt(cs.slice(i + 2, i + 6).join(""), 16);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        i += 6;
        return 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00);
      }
    }
    return hi;
  };
  const property = (p: string): string => {
    const end = cs.indexOf("}", i);
    const body = cs.slice(i + 1, end).join("");
    i = end + 1;
    const [k, v] = body.includes("=") ? body.split("=") : ["", body];
    if (k === "Script_Extensions" || k === "scx") throw unsupported("RE2 has no Script_Extensions");
    return `\\${p}{${CATEGORY.get(v) ?? v}}`;
  };
  const klass = (): string => {
    const negated = cs[i] === "^";
    if (negated) i++;
    const atoms: Atom[] = [];
    while (cs[i] !== "]") {
      const c = cs[i++];
      if (c === "\\") atoms.push(escape(true));
      else if (c === "-") atoms.push({ dash: true });
      else atoms.push({ cp: c.codePointAt(0)! });
    }
    i++;
    // [] matches nothing and [^] anything; RE2 writes neither.
    if (atoms.length === 0) return negated ? `[${hex(0)}-${hex(0x10ffff)}]` : `[^${hex(0)}-${hex(0x10ffff)}]`;
    let body = "";
    for (let j = 0; j < atoms.length; j++) {
      const a = atoms[j];
      const b = atoms[j + 1];
      const c = atoms[j + 2];
      if ("cp" in a && b && "dash" in b && c && "cp" in c) {
        body += `${hex(a.cp)}-${hex(c.cp)}`;
        j += 2;
      } else body += "cp" in a ? hex(a.cp) : "set" in a ? a.set : hex(0x2d);
    }
    return `[${negated ? "^" : ""}${body}]`;
  };

  while (i < cs.length) {
    const c = cs[i++];
    if (c === "\\") {
      const a = escape(false);
      out += "cp" in a ? lit(a.cp) : "set" in a ? a.set : "";
    } else if (c === "[") out += klass();
    else if (c === ".") out += DOT;
    else if (c === "(") {
      if (cs[i] !== "?") out += "(";
      else if (cs[i + 1] === ":") {
        out += "(?:";
        i += 2;
      } else if (cs[i + 1] === "=" || cs[i + 1] === "!") throw unsupported("RE2 has no lookahead");
      else if (cs[i + 1] === "<" && (cs[i + 2] === "=" || cs[i + 2] === "!")) {
        // re2js runs captureless lookbehinds in linear time behind a flag; RE2JS.compile refuses the rest.
        out += `(?<${cs[i + 2]}`;
        flags |= RE2JS.LOOKBEHINDS;
        i += 3;
      } else if (cs[i + 1] === "<") {
        // A named group is a plain group for a test: its name is never read.
        i = cs.indexOf(">", i) + 1;
        out += "(";
      } else throw unsupported("RE2 has no such group: (?" + (cs[i + 1] ?? ""));
    } else if (c === "{") {
      const end = cs.indexOf("}", i);
      const counts = cs.slice(i, end).join("");
      // RE2 caps a repeat at 1000 (its program would grow with the count).
      if (counts.split(",").some((n) => n !== "" && Number(n) > 1000)) throw unsupported("RE2 repeats at most 1000 times");
      out += `{${counts}}`;
      i = end + 1;
    } else if ("^$|)*+?".includes(c)) out += c;
    else out += lit(c.codePointAt(0)!);
  }
  return { source: out, flags };
}

/** A literal code point: letters and digits as they are, anything else as \x{…} (no syntax to clash). */
function lit(cp: number): string {
  return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) ? String.fromCodePoint(cp) : hex(cp);
}

function hex(cp: number): string {
  return `\\x{${cp.toString(16)}}`;
}

function complement(rs: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let next = 0;
  for (const [a, b] of rs) {
    if (a > next) out.push([next, a - 1]);
    next = b + 1;
  }
  if (next <= 0x10ffff) out.push([next, 0x10ffff]);
  return out;
}

/** What Ajv's `code.regExp` option takes (ajv's RegExpEngine, spelled here so the page's rjsf copy fits too). */
export interface RegExpEngineLike {
  (pattern: string, u: string): { test(s: string): boolean };
  code: string;
}

/**
 * An Ajv `code.regExp` engine: every `pattern` and `patternProperties` key runs on RE2 in linear
 * time. A pattern RE2 cannot run passes every string and is reported to `onUnchecked` each time a
 * schema that holds it is compiled, so the caller can say "pattern not checked" instead of hanging.
 */
export function safeRegExpEngine(onUnchecked: (u: UncheckedPattern) => void): RegExpEngineLike {
  const engine = (pattern: string) => {
    const p = safePattern(pattern);
    if (!(p instanceof UncheckedPattern)) return p;
    onUnchecked(p);
    // Ajv caches a pattern's matcher by its toString: keep unchecked ones apart from checked ones.
    return { test: () => true, toString: () => `unchecked:/${pattern}/` };
  };
  // Only read when Ajv writes standalone code, which this project does not.
  return Object.assign(engine, { code: "safeRegExp" });
}
