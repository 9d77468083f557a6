import http from "node:http";
import type { AddressInfo } from "node:net";
import { hostAllowed, hostnameOf } from "../bridge/security";
import { sandboxPageHtml } from "./sandbox-page";

export const SANDBOX_PATH = "/sandbox";

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
  port?: number;
  embedderOrigins: string[];
  extraHostnames?: string[];
}): Promise<SandboxServer> {
  const html = sandboxPageHtml(opts.embedderOrigins);
  const headers = (host: string) => ({
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    // Only frame-ancestors: the App's srcdoc document inherits this page's policy, so anything
    // stricter here would also bind the App beyond its own declared CSP. The page frames the
    // sandbox by its own host name, so the request's Host says which of the page's origins it is.
    "Content-Security-Policy": frameAncestorsFor(opts.embedderOrigins, host),
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
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path !== SANDBOX_PATH) return plain(404, "Not found");
    if (req.method !== "GET" && req.method !== "HEAD") return plain(405, "Method not allowed");
    res.writeHead(200, headers(hostnameOf(String(req.headers.host ?? ""))));
    res.end(req.method === "HEAD" ? undefined : html);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, opts.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections?.();
        server.close(() => r());
      }),
  };
}
