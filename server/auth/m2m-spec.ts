/**
 * Sections the grants without a person cite (lib/auth/steps' SPEC holds the authorization code
 * flow's). Machine to machine is an MCP extension (SEP-1046); cross-app access is SEP-990.
 */
export const M2M_SPEC = {
  clientCredentials: "https://datatracker.ietf.org/doc/html/rfc6749#section-4.4",
  sep1046: "https://github.com/modelcontextprotocol/ext-auth/blob/main/specification/draft/oauth-client-credentials.mdx",
  jwtClientAuth: "https://datatracker.ietf.org/doc/html/rfc7523#section-3",
  signingAlgs: "https://datatracker.ietf.org/doc/html/rfc7518#section-3.1",
  tokenExchange: "https://datatracker.ietf.org/doc/html/rfc8693#section-2.1",
  jwtBearerGrant: "https://datatracker.ietf.org/doc/html/rfc7523#section-2.1",
  sep990: "https://github.com/modelcontextprotocol/ext-auth/blob/main/specification/draft/enterprise-oauth.mdx",
} as const;
