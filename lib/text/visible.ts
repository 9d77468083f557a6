/**
 * Text from someone else, made safe to show as what it is: every character that is invisible or
 * changes how the rest reads becomes a visible escape, so a command shown for confirmation reads
 * exactly as it will run. That is, by Unicode property: controls (Cc), format characters (Cf:
 * bidi controls for Trojan Source, zero-width characters, soft hyphen, tag characters
 * U+E0000–E007F), Default_Ignorable_Code_Point (variation selectors, U+034F, Hangul fillers
 * U+115F/U+1160/U+3164/U+FFA0, U+180B–180F, …), line and paragraph separators, lone surrogates,
 * and the blank characters that pass for an ASCII space (no-break and other Zs spaces, U+2800).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Cs}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u2800]/gu;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** The text with every invisible, blank-looking or direction-changing character written as an escape. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, (c) => NAMED[c] ?? `\\u{${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}}`);
}

/**
 * JSON text (as JSON.stringify writes it) with every character `visible` would escape written as
 * a \uXXXX escape: the same data once parsed, but no raw C1 control (U+009B is a CSI on some
 * terminals), bidi control or separator in the bytes. JSON.stringify escapes U+0000–001F inside
 * strings, so a raw newline is its indentation; the rest can only stand inside strings, where an
 * escape keeps the JSON valid.
 */
export function inertJson(json: string): string {
  return json.replace(INVISIBLE, (c) => (c === "\n" ? c : jsonEscape(c)));
}

/** `\\uXXXX` for each UTF-16 unit (a pair for a character above U+FFFF). */
function jsonEscape(c: string): string {
  let out = "";
  for (let i = 0; i < c.length; i++) out += `\\u${c.charCodeAt(i).toString(16).padStart(4, "0")}`;
  return out;
}

/** The text with each character `visible` would escape replaced by `f(character)`. */
export function replaceInvisible(text: string, f: (c: string) => string): string {
  return text.replace(INVISIBLE, f);
}

/** True when the text holds a character `visible` would escape. */
export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  const found = INVISIBLE.test(text);
  INVISIBLE.lastIndex = 0;
  return found;
}

/** One argument as a POSIX shell would need it quoted, with invisible characters escaped. */
export function shellQuoted(arg: string): string {
  const shown = visible(arg);
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(shown) ? shown : `'${shown.replace(/'/g, `'\\''`)}'`;
}
