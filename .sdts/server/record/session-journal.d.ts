import type { Entry } from "../../lib/record/format";
import type { Target } from "../../lib/target/target";
/** The journal of a session file: beside it, one entry a line after a header. */
export declare const journalPath: (file: string) => string;
/** The host's and the server's streams, as a tap's journal keeps their frames raw. */
export type RawStream = "host" | "server";
/** How many whole lines of each stream the entries written so far were recorded from. */
export type LinesRecorded = Record<RawStream, number>;
/**
 * A session kept as it happens (issue 71): each entry the record takes is appended to FILE.journal
 * at the end of the turn that recorded it (one write a turn), so a process killed at any moment
 * leaves every entry recorded before it. A tap records in the host's pauses, a tenth of a second
 * after its traffic: a host that kills it at once (Codex CLI: SIGTERM, SIGKILL 11 ms later, right
 * after its last answer) would leave its last frames out. So each frame forwarded is also appended
 * raw (`frame`, one write, right after it went on), and each batch of entries says how many lines
 * of each stream it was recorded from: the lines past that count are the frames made whole from
 * their raw copy (recoverJournal). The session
 * file is still written whole at the end, and the journal then removed; a journal left behind is
 * made whole by recoverJournal. The person's alone (0600, as the session file); the values given
 * as secrets are replaced as they are written, in every form (SecretForms), and the session made
 * from it is redacted as every session file is.
 */
export declare class SessionJournal {
    private readonly failed;
    readonly path: string;
    private fd;
    private pending;
    private scheduled;
    private readonly forms;
    private readonly markers;
    /** The secrets as the raw frames hold them (their UTF-8 bytes read as latin1, one char a byte). */
    private readonly rawForms;
    /** Per stream, the start of a line forwarded whose end has not come yet (its bytes). */
    private carry;
    private readonly carried;
    /** Set by a tap that journals raw frames: written with each batch of entries. */
    recorded?: () => LinesRecorded;
    constructor(file: string, target: Target, secrets: readonly string[], failed: (message: string) => void);
    /** An entry the record took: written once the current turn ends (a turn records many). */
    add(entry: Entry): void;
    /**
     * A chunk forwarding has just passed on, its whole lines appended now (the forwarding's cost: a
     * scan for its last newline, a copy, one write); the rest of a line it begins waits for the
     * chunk that ends it, so a host's value cut in two by a chunk's end is still taken out whole (a
     * frame unended is no frame yet). latin1 keeps every byte as it came (a chunk may cut a
     * character in two).
     */
    readonly frame: (stream: RawStream, chunk: Buffer) => void;
    /** What is pending, written now. */
    readonly write: () => void;
    /** The session file was written whole: the journal is no longer needed. */
    done(): void;
    /** Stop writing; the journal stays (the session file could not be written: the journal is the recording). */
    close(): void;
    private put;
}
/**
 * A journal left beside `file` (its process was killed before it wrote the session) made whole:
 * the session file written from it (a cut last line left out), the journal removed. Returns how
 * many entries it held, or undefined when there was none (or its tap still runs: the session is
 * live, and the file holds its last save). Throws when it cannot be read.
 */
export declare function recoverJournal(file: string): number | undefined;
