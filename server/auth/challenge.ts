/** What a 401 or 403 from the MCP server asks for (RFC 6750 §3, RFC 9728 §5.1). */
export interface Challenge {
  status: number;
  /** `error` of the Bearer challenge: invalid_token, insufficient_scope... */
  error?: string;
  errorDescription?: string;
  /** Space-separated scopes the server says it needs. */
  scope?: string;
  /** Where the server's Protected Resource Metadata is (RFC 9728 §5.1). */
  resourceMetadata?: string;
}

/**
 * The Bearer challenge's parameters from a WWW-Authenticate value. Other schemes in the same
 * header (`Basic realm=..., Bearer ...`) are skipped; quoted values may hold commas and `\"`.
 */
export function parseBearerChallenge(header: string | null): Record<string, string> | undefined {
  if (!header) return undefined;
  const re = /([!#$%&'*+.^_`|~\w-]+)(?:\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*)))?\s*,?\s*/gy;
  let scheme: string | undefined;
  let params: Record<string, string> = {};
  let bearer: Record<string, string> | undefined;
  const h = header.trim();
  for (let m = re.exec(h); m; m = re.exec(h)) {
    if (m[2] === undefined && m[3] === undefined) {
      // A token with no "=": a new scheme starts (or a token68 of the current one, ignored).
      if (scheme?.toLowerCase() === "bearer") bearer = params;
      scheme = m[1];
      params = {};
    } else params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, "$1") : m[3];
    if (re.lastIndex >= h.length) break;
  }
  if (scheme?.toLowerCase() === "bearer") bearer = params;
  return bearer;
}

/** The challenge a response carries, when it is a 401 or 403. */
export function challengeOf(status: number, headers: Headers): Challenge | undefined {
  if (status !== 401 && status !== 403) return undefined;
  const p = parseBearerChallenge(headers.get("www-authenticate")) ?? {};
  return { status, error: p.error, errorDescription: p.error_description, scope: p.scope, resourceMetadata: p.resource_metadata };
}
