import http from "node:http";
import type { AddressInfo } from "node:net";
import { hostAllowed, hostnameOf } from "../bridge/security";
import { sandboxPageHtml } from "./sandbox-page";
import { listenBothLoopbacks } from "../loopbacks";
import { frameSourcesOf } from "../../lib/apps/csp";

export const SANDBOX_PATH = "/sandbox";

/**
 * The proxy page's policy for one App: frame-ancestors (only the page may frame it) and frame-src,
 * the App's declared `frameDomains` (the `frame` query parameter, each checked as lib/apps/csp.ts
 * checks a declared domain) or 'none'. The browser checks a frame's navigation against its
 * embedder's frame-src before any request leaves, so the App's frame can go nowhere else (its
 * own srcdoc document is not a fetch and still loads). The App's srcdoc inherits this policy,
 * which is exactly what its own CSP already allows for frames, so it binds the App no further.
 */
export function sandboxPolicyFor(embedderOrigins: readonly string[], hostname: string, frame: string | null): string {
  // hostname: the page's (its `page` hint), which frame-ancestors must name.
  const sources = frameSourcesOf((frame ?? "").split(/[\s,]+/).filter(Boolean));
  return `${frameAncestorsFor(embedderOrigins, hostname)}; frame-src ${sources.length ? sources.join(" ") : "'none'"}`;
}

export interface SandboxServer {
  port: number;
  close(): Promise<void>;
}

/** The inspector page's origins on `port`, as a browser names them: the loopback names and the hosts the person allowed. */
export function pageOrigins(port: number, extraHostnames: readonly string[] = []): string[] {
  return ["127.0.0.1", "localhost", "[::1]", ...extraHostnames].map((h) => `http://${h}:${port}`);
}

/**
 * An origin as a CSP source Chromium accepts. Its CSP parser has no IPv6 literal (`http://[::1]:6274`
 * is dropped as invalid), so such an origin becomes any host on its port (`http://*:6274`): what
 * else checks the other end (the proxy's own embedder check, the page's bridge) still names it exactly.
 */
export function cspSourceOf(origin: string): string {
  return origin.replace(/^(https?:\/\/)\[[0-9a-f:.]+\]/i, "$1*");
}

/**
 * The sandbox page's frame-ancestors for a request naming `hostname`: the page's origins, or for an
 * IPv6 literal (which Chromium cannot parse in a policy) the page's port on any host.
 */
export function frameAncestorsFor(embedderOrigins: readonly string[], hostname: string): string {
  const ipv6 = hostname.startsWith("[");
  const sources = embedderOrigins.filter((o) => ipv6 === /^https?:\/\/\[/i.test(o)).map(cspSourceOf);
  return `frame-ancestors ${[...new Set(sources)].join(" ") || "'none'"}`;
}

/**
 * The App sandbox origin: a second HTTP server on its own loopback port that serves only the
 * sandbox proxy page, so an App never runs on the page's origin (no token, storage or API). It
 * holds no session and needs no token; Host is checked as on the main server (DNS rebinding),
 * and only the inspector page may frame it.
 */
export async function startSandboxServer(opts: {
  host: string;
  /** The port to listen on; 0 or absent, one the system picks. */
  port?: number;
  embedderOrigins: string[];
  extraHostnames?: string[];
}): Promise<SandboxServer> {
  const html = sandboxPageHtml(opts.embedderOrigins);
  const headers = (host: string, frame: string | null) => ({
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    // frame-ancestors and frame-src only: the App's srcdoc document inherits this page's policy, so
    // anything else here would bind the App beyond its own declared CSP. The page frames the
    // sandbox by its own host name, so the request's Host says which of the page's origins it is.
    "Content-Security-Policy": sandboxPolicyFor(opts.embedderOrigins, host, frame),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
  });
  const server = http.createServer((req, res) => {
    const plain = (status: number, text: string) => {
      res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Frame-Options": "DENY" });
      res.end(text);
    };
    if (!hostAllowed(req.headers.host, opts.extraHostnames))
      return plain(403, "Forbidden: the Host header must name localhost or a loopback address");
    const url = new URL(req.url ?? "/", "http://localhost");
    const path = url.pathname;
    if (path !== SANDBOX_PATH) return plain(404, "Not found");
    if (req.method !== "GET" && req.method !== "HEAD") return plain(405, "Method not allowed");
    // The page frames the sandbox by another host name than its own (page-framing.ts sandboxHostFor)
    // and says which of its origins it is in `page`; the browser still checks the real ancestor.
    const pageHost = url.searchParams.get("page") ?? hostnameOf(String(req.headers.host ?? ""));
    res.writeHead(200, headers(pageHost, url.searchParams.get("frame")));
    res.end(req.method === "HEAD" ? undefined : html);
  });
  // The page frames `localhost` (another site than the page's 127.0.0.1): both loopbacks held, so
  // the frame is served by this server whichever address the browser tries (issue 88).
  await listenBothLoopbacks(server, opts.port ?? 0, opts.host);
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections?.();
        server.close(() => r());
      }),
  };
}
