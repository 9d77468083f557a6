import { readTextFileBounded } from "../read-bounded";
import { MAX_SESSION_FILE_BYTES } from "../../lib/session/file";
import { parseSession, type SessionFile } from "../../lib/session/file";
import { decodeSessionLink } from "../../lib/session/share-link";

/** `--open`: a share link (anything with #session=) or a session file path. */
export async function loadSessionArg(value: string): Promise<{ ok: true; session: SessionFile } | { ok: false; message: string }> {
  if (value.includes("#session=")) {
    const r = await decodeSessionLink(value);
    return r.ok ? r : { ok: false, message: `--open: ${r.message}` };
  }
  let text: string;
  try {
    text = readTextFileBounded(value, MAX_SESSION_FILE_BYTES, "a session file");
  } catch (e) {
    return { ok: false, message: (e as NodeJS.ErrnoException).code === "ENOENT" ? `--open: no such file: ${value}` : `--open: cannot read ${value}: ${(e as Error).message}` };
  }
  const r = parseSession(text);
  return r.ok ? r : { ok: false, message: `--open: ${value}: ${r.message}` };
}
