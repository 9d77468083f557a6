import { readFileSync } from "node:fs";
import type { SessionFile } from "../../lib/session/file";
import { sessionPageHtml } from "../../lib/session/page-file";
import { recordingFindings } from "../../lib/session/page-findings";
import { VIEWER_HTML } from "../paths";
import { writeSessionFile, type SessionFileOptions, type SessionSnapshot } from "./session-file";
import { writeOwnFile } from "../own-file";

/** A page file that cannot be made: the message says why and what to send instead. */
export class PageRefused extends Error {}

/** The viewer's template as built into the package (dist/viewer/index.html). */
export function viewerHtml(): string {
  try {
    return readFileSync(VIEWER_HTML, "utf8");
  } catch {
    throw new PageRefused(`the read-only viewer is not built (${VIEWER_HTML}): run npm run build`);
  }
}

/** A session's page file text, its lint's findings inside; PageRefused past the size limit. */
export function pageTextOf(session: SessionFile): string {
  const r = sessionPageHtml(viewerHtml(), session, { findings: recordingFindings(session) });
  if (!r.ok) throw new PageRefused(r.message);
  return r.html;
}

/**
 * A run's page file (`--html FILE`): the session built and redacted exactly as its session file
 * is (session-file.ts, one writer), then written as the viewer's HTML with it inside.
 */
export function writeSessionPage(file: string, s: SessionSnapshot, o: Omit<SessionFileOptions, "render"> = {}): void {
  writeSessionFile(file, s, { ...o, render: (session) => [pageTextOf(session)] });
}

/** The page file of a session file already made (`export --html`, `replay --html`), through the same writer. */
export function writeSessionPageOf(file: string, session: SessionFile, mode?: number): void {
  writeOwnFile(file, pageTextOf(session), { mode });
}
