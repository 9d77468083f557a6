import { visible } from "./visible";

/**
 * Markdown for a CI job summary (GitHub's `GITHUB_STEP_SUMMARY`, rendered as GitHub-flavoured
 * Markdown with HTML allowed): what a server or a test file says is text, never markup. A name in
 * a line has every Markdown punctuation mark backslash-escaped and `<`, `>`, `&` written as
 * entities (a `<img src=…>` in a tool name must not load anything, a `](javascript:…)` link
 * nothing); a value goes in a fenced block longer than any run of backticks inside it. Both go
 * through `visible()` first (bidi and control characters shown, not obeyed) and are cut to a bound.
 */

/** Inline text: one line, escaped, at most `max` characters of the original. */
export function mdText(s: string, max = 200): string {
  return visible(cut(s, max))
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, "\\$&")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** A fenced code block of `s` (its lines kept), at most `max` characters of it. */
export function mdCode(s: string, max = 1000): string {
  const body = cut(s, max).split("\n").map(visible).join("\n");
  const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}\n${body}\n${fence}`;
}

/** A value as JSON in a fenced block (a string as its JSON too, so `""` and `" "` differ). */
export function mdValue(v: unknown, max = 1000): string {
  return mdCode(v === undefined ? "(nothing)" : (JSON.stringify(v, null, 2) ?? String(v)), max);
}

function cut(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max)}… (${s.length - max} more characters)`;
}
