import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A fresh launch token: 32 random bytes, hex. */
export function newToken(): string {
  return randomBytes(32).toString("hex");
}

/** Constant-time comparison; hashing first makes the lengths equal. */
export function tokenMatches(given: string | null | undefined, expected: string): boolean {
  if (!given) return false;
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * Hostname of a Host header value ("127.0.0.1:6274", "[::1]:80", "localhost"), or "" when the
 * value is not a host and optional port at all ("127.0.0.1:6274@evil.com", "a b"): such a value
 * names no host this machine answers to.
 */
export function hostnameOf(hostHeader: string): string {
  const m = /^(\[[0-9a-f:.]+\]|[a-z0-9._-]+)(?::\d{1,5})?$/.exec(hostHeader.trim().toLowerCase());
  return m ? m[1] : "";
}

export function isLoopbackHostname(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || hostname === "::1" || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/**
 * DNS-rebinding defence: a request must name this machine by a loopback name, or one of the
 * hosts the person explicitly allowed when binding beyond loopback.
 */
export function hostAllowed(hostHeader: string | undefined, extraHostnames: readonly string[] = []): boolean {
  if (!hostHeader) return false;
  const name = hostnameOf(hostHeader);
  return isLoopbackHostname(name) || extraHostnames.includes(name);
}

/**
 * A WebSocket upgrade from a browser must come from the inspector's own page: same host and
 * port as the Host header. Non-browser clients send no Origin; they still need the token.
 */
export function originAllowed(origin: string | undefined, hostHeader: string | undefined): boolean {
  if (origin === undefined) return true;
  if (!hostHeader) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return (url.protocol === "http:" || url.protocol === "https:") && url.host.toLowerCase() === hostHeader.trim().toLowerCase();
}

/**
 * The token of a request: `Authorization: Bearer` or `X-Inspector-Token` (a page's socket: its
 * subprotocol, proof.ts). Never the URL (issue 75): a URL is kept in logs and histories, and a page
 * that reconnects to a port another process took would hand it over.
 */
export function tokenOf(headers: Record<string, string | string[] | undefined>): string | undefined {
  const auth = headers["authorization"];
  if (typeof auth === "string" && /^bearer /i.test(auth)) return auth.slice(7).trim();
  const x = headers["x-inspector-token"];
  if (typeof x === "string") return x;
  return undefined;
}
