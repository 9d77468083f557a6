import { existsSync } from "node:fs";
import { readTextFileBounded } from "../read-bounded";
import { JournalRefused, recoverJournal } from "./session-journal";
import { MAX_SESSION_FILE_BYTES, parseSession, type SessionFile } from "../../lib/session/file";
import { decodeSessionLink } from "../../lib/session/share-link";
import { sessionJsonInPage } from "../../lib/session/page-file";
import { readFailure } from "../read-failure";
import { visible } from "../../lib/text/visible";

/** `note`: what the reader should be told beside the session (a journal beside it left alone, and why). */
export type Loaded = { ok: true; session: SessionFile; note?: string } | { ok: false; message: string };

/**
 * The one way a command reads a recorded session: a .mcp-session.json file (bounded: a file
 * over MAX_SESSION_FILE_BYTES is refused before it is read whole) and, where links are taken,
 * a share link (anything with #session=). The message names the file; the caller adds its flag.
 */
export async function loadSession(value: string, opts: { links?: boolean } = {}): Promise<Loaded> {
  if (opts.links && value.includes("#session=")) return decodeSessionLink(value);
  return loadSessionFile(value);
}

/** A session file, made whole first from the journal a killed tap left beside it (session-journal.ts). */
export function loadSessionFile(file: string): Loaded {
  let text: string;
  let note: string | undefined;
  try {
    recoverJournal(file);
  } catch (e) {
    // A journal not the person's own, or not made for this file (issue 88: another account's
    // forgery names its own command), is left alone and said so; one that cannot be made whole
    // here (a folder not ours to write): the file as it is, if any.
    if (e instanceof JournalRefused) note = e.message;
    if (!existsSync(file))
      return {
        ok: false,
        message: e instanceof JournalRefused ? e.message : `cannot make ${visible(file)} whole from its journal: ${readFailure(e)}`,
      };
  }
  try {
    text = readTextFileBounded(file, MAX_SESSION_FILE_BYTES, "a session file");
  } catch (e) {
    return { ok: false, message: `cannot read ${visible(file)}: ${readFailure(e)}` };
  }
  // A page file (--html, "Download as a page") carries its session inside: it opens as the file would.
  const r = parseSession(sessionJsonInPage(text) ?? text);
  if (!r.ok) return { ok: false, message: `${visible(file)}: ${r.message}` };
  return note ? { ...r, note } : r;
}
