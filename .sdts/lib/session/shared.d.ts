import type { Entry } from "../record/format";
import { type SessionFile, type SharedTarget } from "./file";
import type { SessionState } from "./state";
import { type Target } from "../target/target";
/** Where a shared session comes from when the page opens. */
export type SharedSource = {
    kind: "link";
    link: string;
} | {
    kind: "opened";
};
/** `#session=…` (a share link) or `?session=opened` (the launcher's --open); undefined otherwise. */
export declare function sharedSourceOf(href: string): SharedSource | undefined;
/** How the page that shows a recording came to be open: its address, referrer and opener. */
export interface Arrival {
    href: string;
    /** document.referrer: "" when none was sent (this server sends no-referrer for its own pages). */
    referrer: string;
    /** window.opener was set: another page opened this one with window.open or a target=_blank link. */
    opened: boolean;
}
/**
 * What the Reproduce confirm must say about where the recording came from, or undefined when the
 * launcher's --open brought it and no other page was involved. A link that arrived from elsewhere
 * (another site opened it, or it is a share link at all) was chosen by someone else.
 */
export declare function arrivalWarning(a: Arrival): string | undefined;
/** The address without the shared session in it (after the recording is closed). */
export declare function withoutSharedSource(href: string): string;
/** The values that must not leave: the target's env and header values, by name. */
export declare function secretsOf(target: Target | undefined): Record<string, string>;
/** The session the page would share now (before redaction), or why there is none. */
export declare function sessionFromLive(state: SessionState | undefined, entries: readonly Entry[], inspectorVersion: string | undefined, now?: Date): {
    ok: true;
    session: SessionFile;
} | {
    ok: false;
    message: string;
};
/** A file name for a session: the server's name (or command) and the time it was made. */
export declare function sessionFileName(session: SessionFile): string;
/** The target a reproduction starts from: the recorded one, with empty values for the env or header names. */
export declare function reproduceTargetOf(t: SharedTarget): Target;
/**
 * One line that says what a shared target is: the command line or the URL, with control, bidi and
 * zero-width characters escaped (an RLO in an argument must not reverse the banner's text).
 */
export declare function describeShared(t: SharedTarget): string;
/**
 * The command as it will be executed, one word per line: each quoted as a POSIX shell needs it
 * with invisible characters escaped, so the confirm cannot show one argv and run another.
 */
export declare function commandLines(t: Target): {
    words: string[];
    escaped: boolean;
};
/** How someone without this page's token opens the recording with an inspector of their own. */
export declare function openCommandFor(link: string): string;
/** A tools/call in a recording: the request, and its response when there was one. */
export interface RecordedCall {
    requestSeq: number;
    responseSeq?: number;
    name: string;
    arguments: unknown;
    result?: unknown;
    error?: {
        code: number;
        message: string;
        data?: unknown;
    };
    latencyMs?: number;
}
/** The tool calls of a recording with their results, in the order they were made. */
export declare function recordedCalls(entries: readonly Entry[]): RecordedCall[];
/** Bytes as the person reads them: "12.3 KB". */
export declare function formatKb(bytes: number): string;
/** Parse one extra JSON path to ignore; a path starts with `$`. */
export declare function validIgnorePath(p: string): string | undefined;
