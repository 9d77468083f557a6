import type { Finding } from "../lint/finding";
import type { SessionFile } from "./file";
import { FINDINGS_DATA_ID, SESSION_DATA_ID, dataBlock } from "./page-template";
import { redactSession } from "./redact";
import { sessionFileName } from "./shared";

/**
 * A page file: the viewer's template (./page-template.ts) with a session in it, opened from disk
 * with nothing running. Pure: the backend writes it (server/record/session-page.ts), the page's
 * share dialog downloads it.
 */

/**
 * The most session text a page file holds. The browser that opens it parses the whole text and
 * draws it at once (no file to stream from); past this a tab stalls. A session file (32 MiB) or
 * a trimmed recording is the way for more.
 */
export const MAX_PAGE_SESSION_BYTES = 16 * 1024 * 1024;

/**
 * JSON that is inert inside `<script type="application/json">`: `<`, `>` and `&` written as
 * `\u003c`… so no `</script>` or `<!--` in a recorded string can end the block or change how the
 * parser reads it, and U+2028/2029 escaped as JavaScript once required. JSON.parse reads it back
 * unchanged.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export interface PageOptions {
  /** Lint findings to show in Problems (computed where the page is made: ./page-findings.ts). */
  findings?: readonly Finding[];
  /** Values to take out besides what the redaction finds by itself (env and header values of a live target). */
  secrets?: Record<string, string>;
  extra?: readonly string[];
}

export type PageResult = { ok: true; html: string; bytes: number } | { ok: false; message: string };

/**
 * The page file of a session: redacted by the session file's own rule first (a file made before
 * a pattern was known, or written by hand, is redacted again here), then embedded as inert data.
 * Refused, with a message that says what to send instead, past MAX_PAGE_SESSION_BYTES.
 */
export function sessionPageHtml(template: string, session: SessionFile, o: PageOptions = {}): PageResult {
  const shared = redactSession(session, { secrets: o.secrets ?? {}, extra: o.extra ?? [] }).session;
  const json = scriptJson(shared);
  const bytes = new TextEncoder().encode(json).length;
  if (bytes > MAX_PAGE_SESSION_BYTES)
    return {
      ok: false,
      message: `this session is ${mib(bytes)} MiB; a page file holds at most ${mib(MAX_PAGE_SESSION_BYTES)} MiB (the browser opening it holds it all at once): send the .mcp-session.json instead (opened with npx mcp-inspector-harness --open FILE), or leave out large entries`,
    };
  const sessionBlock = dataBlock(SESSION_DATA_ID);
  const findingsBlock = dataBlock(FINDINGS_DATA_ID);
  if (!template.includes(sessionBlock) || !template.includes(findingsBlock))
    throw new Error("the viewer's template has no data blocks: rebuild it");
  // Replaced by a function: a `$&` or `$'` in recorded text must stay text, not a replacement pattern.
  const html = template
    .replace(sessionBlock, () => dataBlock(SESSION_DATA_ID, json))
    .replace(findingsBlock, () => dataBlock(FINDINGS_DATA_ID, scriptJson(o.findings ?? [])));
  return { ok: true, html, bytes: new TextEncoder().encode(html).length };
}

/** The session's JSON text inside a page file, or undefined when the text is not one (a session file is JSON). */
export function sessionJsonInPage(text: string): string | undefined {
  if (!/^\s*<!doctype html/i.test(text)) return undefined;
  // The data holds no `<` (scriptJson), so the block ends at the first `</script>`.
  const m = new RegExp(`<script type="application/json" id="${SESSION_DATA_ID}">([^<]*)</script>`).exec(text);
  return m && m[1] ? m[1] : undefined;
}

/** The page file's name beside the session file's: `<server>-<time>.mcp-session.html`. */
export function pageFileName(session: SessionFile): string {
  return sessionFileName(session).replace(/\.json$/, ".html");
}

const mib = (n: number) => Number((n / 1048576).toFixed(1));
