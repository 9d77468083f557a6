import type { MockServer } from "./types";
/**
 * A recording played as a server (`inspector mock`), for testing an MCP client: its Streamable
 * HTTP URL on loopback, and the command that plays it over stdio. Requests are matched to the
 * recorded ones (`ignore` paths left out); close() stops it.
 */
export declare function mock(sessionFile: string, options?: {
    ignore?: string[];
}): Promise<MockServer>;
