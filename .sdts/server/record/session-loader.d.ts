import { type SessionFile } from "../../lib/session/file";
export type Loaded = {
    ok: true;
    session: SessionFile;
} | {
    ok: false;
    message: string;
};
/**
 * The one way a command reads a recorded session: a .mcp-session.json file (bounded: a file
 * over MAX_SESSION_FILE_BYTES is refused before it is read whole) and, where links are taken,
 * a share link (anything with #session=). The message names the file; the caller adds its flag.
 */
export declare function loadSession(value: string, opts?: {
    links?: boolean;
}): Promise<Loaded>;
/** A session file, made whole first from the journal a killed tap left beside it (session-journal.ts). */
export declare function loadSessionFile(file: string): Loaded;
