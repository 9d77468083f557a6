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
  /** The scheme whose parameters these are: DPoP when the server challenges with it (RFC 9449 §7.1). */
  scheme: "Bearer" | "DPoP";
}

/**
 * The parameters of each auth scheme in a WWW-Authenticate value, by lower-cased scheme name
 * (`Basic realm=..., Bearer ..., DPoP ...`); quoted values may hold commas and `\"`.
 */
export function parseChallenges(header: string | null): Map<string, Record<string, string>> {
  const schemes = new Map<string, Record<string, string>>();
  if (!header) return schemes;
  const re = /([!#$%&'*+.^_`|~\w-]+)(?:\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*)))?\s*,?\s*/gy;
  let params: Record<string, string> | undefined;
  const h = header.trim();
  for (let m = re.exec(h); m; m = re.exec(h)) {
    if (m[2] === undefined && m[3] === undefined) {
      // A token with no "=": a new scheme starts (or a token68 of the current one, ignored).
      params = {};
      if (!schemes.has(m[1].toLowerCase())) schemes.set(m[1].toLowerCase(), params);
    } else if (params) params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, "$1") : m[3];
    if (re.lastIndex >= h.length) break;
  }
  return schemes;
}

/** The Bearer challenge's parameters from a WWW-Authenticate value; other schemes are skipped. */
export function parseBearerChallenge(header: string | null): Record<string, string> | undefined {
  return parseChallenges(header).get("bearer");
}

/** The challenge a response carries, when it is a 401 or 403: the DPoP one when there is one, else Bearer's. */
export function challengeOf(status: number, headers: Headers): Challenge | undefined {
  if (status !== 401 && status !== 403) return undefined;
  const all = parseChallenges(headers.get("www-authenticate"));
  const dpop = all.get("dpop");
  const p = dpop ?? all.get("bearer") ?? {};
  return {
    status,
    scheme: dpop ? "DPoP" : "Bearer",
    error: p.error,
    errorDescription: p.error_description,
    scope: p.scope,
    resourceMetadata: p.resource_metadata,
  };
}
