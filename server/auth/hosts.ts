import { AuthFlowError } from "./errors";
import { SPEC, type AuthEvent, type AuthStep } from "../../lib/auth/steps";
import { visible } from "../../lib/text/visible";

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

/**
 * Without a person, the endpoints the flow POSTs to (token, registration) must be on one of
 * `within`'s origins (the MCP server's, the authorization server's, and the ones the person
 * allowed): metadata naming `http://127.0.0.1:7599/internal-admin/create-user` would otherwise get
 * a POST there and its answer shown (SSRF, issue 38 item 4). Throws with a problem event.
 */
export function confineEndpoints(
  ctx: { report(event: AuthEvent): void },
  meta: { token_endpoint?: string; registration_endpoint?: string },
  within: readonly string[],
): void {
  const origins = new Set(within.map((u) => new URL(u).origin));
  for (const [name, url] of [
    ["token_endpoint", meta.token_endpoint],
    ["registration_endpoint", meta.registration_endpoint],
  ] as const) {
    if (!url) continue;
    const origin = new URL(url).origin;
    if (origins.has(origin)) continue;
    const message = `without a person, refused the ${name} the metadata names on ${visible(origin)}: only the MCP server's and its authorization server's origins are sent to (${[...origins].join(", ")}); if that origin is the authorization server's own, allow it with --auth-allow-origin ${visible(origin)}`;
    ctx.report({ type: "problem", step: "authorization-server-metadata", severity: "error", message, spec: SPEC.asMetadata });
    throw new AuthFlowError("authorization-server-metadata", message, SPEC.asMetadata);
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
