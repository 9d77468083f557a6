import { replaceInvisible, visible } from "../lib/text/visible";

/**
 * A server's text as the live page draws it (issue 52 item 7). Names and one-line labels go
 * through `visible`: every control, bidi, zero-width or blank-looking character becomes an escape,
 * so "report\u202Etxt.exe" reads as such and never as "reportexe.txt". Prose (descriptions, results,
 * log lines, messages) keeps what a text needs to read as written: its line breaks and tabs, the
 * joiner and variation selector of an emoji sequence, and no-break spaces; every other character
 * `visible` escapes (bidi overrides and isolates, C0/C1 controls, zero-width spaces, tag
 * characters) is escaped there too.
 */
export function shownName(text: string): string {
  return visible(text);
}

/** Characters prose keeps as they are: \t \n \r, ZWJ (U+200D), VS15/VS16 (U+FE0E/F), no-break and other plain spaces. */
const PROSE_KEEPS = /^[\t\n\r\u200d\ufe0e\ufe0f\u00a0\u2000-\u200a\u202f\u205f\u3000]$/u;

/** Multi-line server text with everything that could reorder or hide part of it escaped (see shownName). */
export function shownProse(text: string): string {
  return replaceInvisible(text, (c) => (PROSE_KEEPS.test(c) ? c : visible(c)));
}
