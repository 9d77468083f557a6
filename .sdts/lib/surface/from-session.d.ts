import type { Entry } from "../record/format";
import { type SessionFile } from "../session/file";
import { type ListKind, type Listed, type Surface } from "./surface";
/**
 * The surface a recording shows: its negotiation and, per kind, the last complete listing in it
 * (every page, following nextCursor). Returns an error in words when the recording cannot give
 * one (no initialize response): there is nothing to compare.
 */
export declare function surfaceFromSession(session: SessionFile, label: string): {
    ok: true;
    surface: Surface;
} | {
    ok: false;
    message: string;
};
/**
 * The same from a record and its negotiation: a session file's, or the page's live session
 * (its timeline is a recording too; origin "live"). Only the last connection counts.
 */
export declare function surfaceFromRecord(all: readonly Entry[], negotiated: SessionFile["negotiated"], head: {
    label: string;
    origin: Surface["origin"];
    transport: Surface["transport"];
}): {
    ok: true;
    surface: Surface;
} | {
    ok: false;
    message: string;
};
/**
 * The last complete chain of pages of one list method: a request without a cursor starts a
 * chain, a request with the previous page's nextCursor continues it, a page without nextCursor
 * ends it. A later list_changed notification makes the listing possibly stale: said, not hidden.
 */
export declare function lastListing(entries: readonly Entry[], kind: ListKind): Listed | undefined;
