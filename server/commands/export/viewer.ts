import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Io } from "../command";
import type { SessionFile } from "../../../lib/session/file";
import { viewerHtml, writeSessionPageOf } from "../../record/session-page";
import { writeOwnFile } from "../../own-file";
import { visible } from "../../../lib/text/visible";
import { readFailure } from "../usage-error";

/** `inspector export --html FILE -o page.html`: the recording as a page file, through the session file's writer. */
export function exportPage(session: SessionFile, output: string, io: Io): number {
  try {
    writeSessionPageOf(output, session);
  } catch (e) {
    io.err(`inspector export: cannot write ${visible(output)}: ${readFailure(e)}\n`);
    return 2;
  }
  io.err(`inspector export: page written to ${visible(output)} (it opens from disk; nothing runs, nothing is loaded)\n`);
  return 0;
}

/**
 * `inspector export --viewer DIR`: the read-only viewer as a static folder (its index.html, the
 * same HTML as a page file with no session in it). Hosted anywhere, it shows a link's
 * `#session=…`: the fragment stays in the browser, so the host never sees a recording.
 */
export function exportViewer(dir: string, io: Io): number {
  const file = path.join(dir, "index.html");
  try {
    const html = viewerHtml();
    mkdirSync(dir, { recursive: true });
    // A folder a team hosts: readable by the web server that serves it.
    writeOwnFile(file, html, { mode: 0o644 });
  } catch (e) {
    io.err(`inspector export: cannot write ${visible(file)}: ${readFailure(e)}\n`);
    return 2;
  }
  io.err(
    `inspector export: the viewer is in ${visible(dir)}; host the folder (for example on GitHub Pages) and make links for it with --share-base <its URL> or the share dialog's "Links open at"\n`,
  );
  return 0;
}
