import http from "node:http";
import type { AddressInfo } from "node:net";
import { hostAllowed } from "../bridge/security";
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
  const headers = {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    // Only frame-ancestors: the App's srcdoc document inherits this page's policy, so anything
    // stricter here would also bind the App beyond its own declared CSP.
    "Content-Security-Policy": `frame-ancestors ${opts.embedderOrigins.join(" ")}`,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
  };
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
    res.writeHead(200, headers);
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
