import { tmpdir } from "node:os";
import path from "node:path";
import { writeSessionFile, type SessionSnapshot } from "../../record/session-file";
import { visible } from "../../../lib/text/visible";
import { readFailure } from "../usage-error";

/**
 * Write the run's session file and say where on stderr (never stdout: scripts parse it). A write
 * that fails after all (the disk filled, the folder went away) goes to the temp folder instead,
 * and the line says so: the run's exit code is the run's, not the file's. `quiet` (--quiet) keeps
 * the "saved" line off stderr, never a failure. `redact`: more values to take out (what a host's
 * file filled from the environment, wherever it went).
 */
export function saveRunSession(
  file: string,
  snapshot: SessionSnapshot,
  err: (line: string) => void,
  quiet = false,
  redact: readonly string[] = [],
): void {
  try {
    const note = writeSessionFile(file, snapshot, { redact });
    // What was cut to keep the file readable is said even with --quiet: the file is not the whole record.
    if (note) err(`inspector: session saved to ${visible(file)}: ${note}`);
    else if (!quiet) err(`inspector: session saved to ${visible(file)}`);
  } catch (e) {
    const fallback = path.join(tmpdir(), `inspector-${process.pid}-${Date.now()}.mcp-session.json`);
    try {
      writeSessionFile(fallback, snapshot, { redact });
      err(`inspector: --save-session: cannot write ${visible(file)}: ${readFailure(e)}; saved to ${visible(fallback)} instead`);
    } catch {
      err(`inspector: --save-session: cannot write ${visible(file)}: ${readFailure(e)}; the session was not saved`);
    }
  }
}

/**
 * `--html FILE`: the run's page file, through the session file's writer (so the same redaction),
 * said on stderr. A page refused for its size or a write that fails is said, never the run's
 * failure; the page is loaded only when asked (the viewer's template is read from the package).
 */
export async function saveRunPage(
  file: string,
  snapshot: SessionSnapshot,
  err: (line: string) => void,
  quiet = false,
  redact: readonly string[] = [],
): Promise<void> {
  try {
    const { writeSessionPage } = await import("../../record/session-page");
    writeSessionPage(file, snapshot, { redact });
    if (!quiet) err(`inspector: page saved to ${visible(file)} (open it in a browser: nothing runs, nothing is loaded)`);
  } catch (e) {
    err(`inspector: --html: cannot write ${visible(file)}: ${readFailure(e)}`);
  }
}
