import type { Entry } from "../../lib/record/format";
import type { SessionState } from "../../lib/session/state";
import type { Target } from "../../lib/target/target";
/** What a session file is written from: the target (its env and header values are the secrets to take out), the state, the record. */
export interface SessionSnapshot {
    target: Target;
    state: SessionState;
    entries: Entry[];
}
export interface SessionFileOptions {
    /** More values to take out, beyond the secrets the redaction finds by itself (env and header values, tokens). */
    redact?: readonly string[];
    /** The file's mode (0o600: the person's alone); an existing file's own mode when not given, else the default (umask). */
    mode?: number;
    /** The directory the recording was made in, when not this process's (a journal made whole later). */
    recordedFrom?: string;
}
/**
 * Write a session file as the page's export does: the env and header values, tokens and key-like
 * strings taken out (lib/session/redact.ts), so a recording can be kept as a CI artifact or
 * attached to a bug. The folder is made when missing; the file is written whole or not at all
 * (writeWhole). Shared by the test library's saveSession, the headless commands' --save-session
 * and the tap's.
 */
export declare function writeSessionFile(file: string, s: SessionSnapshot, o?: SessionFileOptions): void;
/** A write may take part of what it is given: the rest is written after it. */
export declare function writeAll(fd: number, text: string): void;
