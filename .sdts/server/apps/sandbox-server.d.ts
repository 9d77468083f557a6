export declare const SANDBOX_PATH = "/sandbox";
/**
 * The proxy page's policy for one App: frame-ancestors (only the page may frame it) and frame-src,
 * the App's declared `frameDomains` (the `frame` query parameter, each checked as lib/apps/csp.ts
 * checks a declared domain) or 'none'. The browser checks a frame's navigation against its
 * embedder's frame-src before any request leaves, so the App's frame can go nowhere else (its
 * own srcdoc document is not a fetch and still loads). The App's srcdoc inherits this policy,
 * which is exactly what its own CSP already allows for frames, so it binds the App no further.
 */
export declare function sandboxPolicyFor(embedderOrigins: readonly string[], hostname: string, frame: string | null): string;
export interface SandboxServer {
    port: number;
    close(): Promise<void>;
}
/** The inspector page's origins on `port`, as a browser names them: the loopback names and the hosts the person allowed. */
export declare function pageOrigins(port: number, extraHostnames?: readonly string[]): string[];
/**
 * An origin as a CSP source Chromium accepts. Its CSP parser has no IPv6 literal (`http://[::1]:6274`
 * is dropped as invalid), so such an origin becomes any host on its port (`http://*:6274`): what
 * else checks the other end (the proxy's own embedder check, the page's bridge) still names it exactly.
 */
export declare function cspSourceOf(origin: string): string;
/**
 * The sandbox page's frame-ancestors for a request naming `hostname`: the page's origins, or for an
 * IPv6 literal (which Chromium cannot parse in a policy) the page's port on any host.
 */
export declare function frameAncestorsFor(embedderOrigins: readonly string[], hostname: string): string;
/**
 * The App sandbox origin: a second HTTP server on its own loopback port that serves only the
 * sandbox proxy page, so an App never runs on the page's origin (no token, storage or API). It
 * holds no session and needs no token; Host is checked as on the main server (DNS rebinding),
 * and only the inspector page may frame it.
 */
export declare function startSandboxServer(opts: {
    host: string;
    /** The port to listen on; 0 or absent, one the system picks. */
    port?: number;
    embedderOrigins: string[];
    extraHostnames?: string[];
}): Promise<SandboxServer>;
