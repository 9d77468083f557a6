/**
 * A list method's items: one page when a cursor is given (with the next cursor), otherwise every
 * page, following nextCursor to its end. A list that never ends is the server's bug and an
 * `invalid_response` error, never a silent cut: a cursor that comes back (a loop), or more than
 * MAX_PAGES pages.
 */
export declare function listPages(call: string, page: (cursor: string | undefined) => Promise<Record<string, unknown>>, key: string, cursor: string | undefined): Promise<{
    items: unknown[];
    nextCursor?: string;
}>;
