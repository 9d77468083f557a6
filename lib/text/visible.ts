/**
 * Text from someone else, made safe to show as what it is: control characters, Unicode bidi
 * controls (Trojan Source) and zero-width characters become visible escapes, so a command shown
 * for confirmation reads exactly as it will run.
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** The text with every invisible or direction-changing character written as an escape. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, (c) => NAMED[c] ?? `\\u{${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}}`);
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
