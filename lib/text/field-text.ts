import { replaceInvisible } from "./visible";

/**
 * What an editable field shows of a value, and back. A text input draws a bidi override as what
 * it does (`/srv/\u202Eevil` reads `/srv/live`), hides zero-width characters and drops line
 * breaks, so a field shows each such character as a `\u{…}` escape and turns escapes typed or kept
 * there back into characters. Lossless: a backslash already followed by `u{HEX}` in the value is
 * itself written `\u{005C}`, so `fromFieldText(fieldText(v)) === v` for every string.
 */
export function fieldText(value: string, opts: { lines?: boolean } = {}): string {
  return replaceInvisible(value.replace(/\\(?=u\{[0-9a-fA-F]{1,6}\})/g, "\\u{005C}"), (c) =>
    // A textarea shows a line break as one; every other field escapes it.
    opts.lines && c === "\n" ? c : escape(c),
  );
}

/** The value a field's text stands for: every `\u{HEX}` escape as its character. */
export function fromFieldText(text: string): string {
  return text.replace(/\\u\{([0-9a-fA-F]{1,6})\}/g, (whole, hex: string) => {
    const cp = parseInt(hex, 16);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
  });
}

function escape(c: string): string {
  return `\\u{${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}}`;
}
