import type { IncomingMessage, ServerResponse } from "node:http";
import type { PageHandler } from "../bridge/http-server";
import { hostnameOf } from "../bridge/security";
import { SANDBOX_PATH, cspSourceOf } from "./sandbox-server";

/** Where the page asks for the sandbox's address (public: a port number, no session data). */
export const SANDBOX_INFO_PATH = "/apps/sandbox.json";

/**
 * The host name the page reaches the sandbox by: another *site* than the page's whenever the page
 * is on a loopback name, so the browser runs the sandbox proxy in another process (site isolation)
 * and a flooding App's messages cost the proxy's main thread, not the page's (issue 50: on the same
 * site, 50,000 notifications kept the page busy in 70-120 ms tasks for seconds). A page on
 * 127.0.0.1 or [::1] frames `localhost`; a page on localhost frames the loopback address it was
 * served from (the sandbox listens where the page does); any other name keeps its own.
 */
export function sandboxHostFor(pageHost: string, localAddress: string | undefined): string {
  if (pageHost === "127.0.0.1" || pageHost === "[::1]") return "localhost";
  if (pageHost !== "localhost") return pageHost;
  const local = (localAddress ?? "").replace(/^::ffff:/, "");
  if (local === "::1") return "[::1]";
  return /^127\.\d+\.\d+\.\d+$/.test(local) ? local : "127.0.0.1";
}

/** The page's CSP with the sandbox origin (same host name as the page, the sandbox's port) allowed as a frame. */
export function withFrameSource(csp: string, frameOrigin: string): string {
  if (/(^|;\s*)frame-src /.test(csp)) return csp.replace(/((?:^|;\s*)frame-src [^;]*)/, `$1 ${frameOrigin}`);
  return `${csp}; frame-src 'self' ${frameOrigin}`;
}

/**
 * The page's files plus what MCP Apps need of them: the page may frame the sandbox origin
 * (nothing else changes in its policy), and it learns the sandbox's host name and port at SANDBOX_INFO_PATH.
 */
export function withAppSandbox(pages: PageHandler, sandboxPort: () => number): PageHandler {
  return (req: IncomingMessage, res: ServerResponse) => {
    const host = hostnameOf(String(req.headers.host ?? ""));
    const port = sandboxPort();
    const url = new URL(req.url ?? "/", "http://localhost");
    if (req.method === "GET" && url.pathname === SANDBOX_INFO_PATH) {
      res.writeHead(port ? 200 : 404, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
      const sandboxHost = host ? sandboxHostFor(host, req.socket?.localAddress) : undefined;
      res.end(
        JSON.stringify(port ? { port, path: SANDBOX_PATH, ...(sandboxHost ? { host: sandboxHost } : {}) } : { error: "no App sandbox" }),
      );
      return;
    }
    if (port && host) {
      const origin = cspSourceOf(`http://${sandboxHostFor(host, req.socket?.localAddress)}:${port}`);
      const writeHead = res.writeHead.bind(res) as (...a: unknown[]) => ServerResponse;
      res.writeHead = ((...args: unknown[]) => {
        const headers = args.find((a, i) => i > 0 && typeof a === "object" && a !== null) as Record<string, unknown> | undefined;
        const key = headers && Object.keys(headers).find((k) => k.toLowerCase() === "content-security-policy");
        if (headers && key && typeof headers[key] === "string") headers[key] = withFrameSource(headers[key], origin);
        else {
          const set = res.getHeader("Content-Security-Policy");
          if (typeof set === "string") res.setHeader("Content-Security-Policy", withFrameSource(set, origin));
        }
        return writeHead(...args);
      }) as typeof res.writeHead;
    }
    return pages(req, res);
  };
}
