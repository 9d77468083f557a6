import type { ProbeResult } from "./result";
export type Era = "legacy" | "modern";
/** A request from a foreign Origin must get 403 (transports: "Security Warning", a MUST). */
export declare function probeOrigin(url: URL, headers: Record<string, string>, era?: Era): Promise<ProbeResult>;
/** A server on loopback should refuse a Host that is not its own: a rebound name reaches it as is. */
export declare function probeHost(url: URL, headers: Record<string, string>, era?: Era): Promise<ProbeResult>;
/**
 * Session ids: once a session is ended (DELETE), a request with its id must get 404 (a MUST:
 * the client then knows to start a new one); a request without an id, from a server that uses
 * sessions, should get 400. An id that was never issued is not judged: the spec speaks of ended
 * sessions, and servers differ (400 or 404) without either being wrong.
 */
export declare function probeSessionIds(url: URL, headers: Record<string, string>): Promise<ProbeResult[]>;
/** Every HTTP probe for a Streamable HTTP target, in the era the connection negotiated. */
export declare function httpProbes(url: string, headers: Record<string, string>, era?: Era): Promise<ProbeResult[]>;
