import type { ProbeResult } from "./result";
/**
 * The stateless rules of a 2026-07-28 server over Streamable HTTP (see the header comment), and
 * whether an SSE answer carries `retry` (a SHOULD: the client's reconnection delay).
 */
export declare function statelessProbes(url: string, headers: Record<string, string>): Promise<ProbeResult[]>;
