/** A fresh launch token: 32 random bytes, hex. */
export declare function newToken(): string;
/** Constant-time comparison; hashing first makes the lengths equal. */
export declare function tokenMatches(given: string | null | undefined, expected: string): boolean;
/**
 * Hostname of a Host header value ("127.0.0.1:6274", "[::1]:80", "localhost"), or "" when the
 * value is not a host and optional port at all ("127.0.0.1:6274@evil.com", "a b"): such a value
 * names no host this machine answers to.
 */
export declare function hostnameOf(hostHeader: string): string;
export declare function isLoopbackHostname(hostname: string): boolean;
/**
 * DNS-rebinding defence: a request must name this machine by a loopback name, or one of the
 * hosts the person explicitly allowed when binding beyond loopback.
 */
export declare function hostAllowed(hostHeader: string | undefined, extraHostnames?: readonly string[]): boolean;
/**
 * A WebSocket upgrade from a browser must come from the inspector's own page: same host and
 * port as the Host header. Non-browser clients send no Origin; they still need the token.
 */
export declare function originAllowed(origin: string | undefined, hostHeader: string | undefined): boolean;
/**
 * The token of a request: `Authorization: Bearer` or `X-Inspector-Token` (a page's socket: its
 * subprotocol, proof.ts). Never the URL (issue 75): a URL is kept in logs and histories, and a page
 * that reconnects to a port another process took would hand it over.
 */
export declare function tokenOf(headers: Record<string, string | string[] | undefined>): string | undefined;
