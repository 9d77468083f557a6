import { AuthFlowError } from "./errors";
import type { AuthStep } from "../../lib/auth/steps";

/**
 * The origins the flow may send to, and who named each: the MCP server's own, then the
 * authorization servers its metadata lists, then the endpoints their metadata names. Anything
 * else is refused before a byte leaves (nothing goes to a host the person did not see).
 */
export class AllowedOrigins {
  private readonly named = new Map<string, string>();

  constructor(serverUrl: URL) {
    this.allow(serverUrl.href, "the MCP server");
  }

  allow(url: string, by: string): void {
    const origin = new URL(url).origin;
    if (!this.named.has(origin)) this.named.set(origin, by);
  }

  has(url: string): boolean {
    return this.named.has(new URL(url).origin);
  }

  /** Throw, naming the step, unless the URL's origin was named by someone the flow trusts. */
  check(url: string, step: AuthStep): void {
    if (!this.has(url)) {
      throw new AuthFlowError(
        step,
        `refused to send to ${new URL(url).origin}: it is neither the MCP server nor an authorization server or endpoint named by its metadata (allowed: ${[...this.named.keys()].join(", ")})`,
      );
    }
  }
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** True for http(s) URLs on the local machine (a callback the inspector itself can answer). */
export function isLoopbackUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === "http:" || u.protocol === "https:") && (LOOPBACK.has(u.hostname) || /^127\.\d+\.\d+\.\d+$/.test(u.hostname));
  } catch {
    return false;
  }
}
