/**
 * A ToolResult as a snapshot shows it: `raw` left out when it says nothing the other fields do
 * not (the result as sent is content, structuredContent, isError and _meta), what only the
 * 2026-07-28 era carries left out of it (resultType "complete", cache hints, the reserved _meta
 * keys), so one snapshot holds for both eras of a correct server, and every value that changes
 * run to run masked.
 */
export declare function maskedForSnapshot(v: unknown): unknown;
/** What the serializer takes on: a ToolResult, a record entry, a JSON-RPC message or a notification. */
export declare function isSnapshotted(v: unknown): boolean;
